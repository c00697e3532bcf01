using System.Security.Claims;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;
using TenderHall.Grains.Contracts.Accounts;

namespace TenderHall.Api.Auth;

/// <summary>Issues the embedded profile's bearer tokens.</summary>
public sealed class TokenIssuer(SymmetricSecurityKey key, AuthOptions options, TimeProvider clock)
{
    /// <summary>A signed token for <paramref name="account"/> and its lifetime in seconds.</summary>
    public (string Token, int ExpiresIn) Issue(AccountInfo account)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        var claims = new List<Claim> { new("sub", account.UserName), new("name", account.DisplayName) };
        claims.AddRange(account.Roles.Select(r => new Claim(options.RoleClaim, r)));
        if (account.OrganizationId is not null) claims.Add(new Claim(ClaimNames.Organization, account.OrganizationId));
        var descriptor = new SecurityTokenDescriptor
        {
            Issuer = options.Issuer,
            Audience = options.Audience,
            Subject = new ClaimsIdentity(claims),
            IssuedAt = now,
            NotBefore = now,
            Expires = now + options.TokenLifetime,
            SigningCredentials = new SigningCredentials(key, SecurityAlgorithms.HmacSha256),
        };
        return (new JsonWebTokenHandler().CreateToken(descriptor), (int)options.TokenLifetime.TotalSeconds);
    }
}
