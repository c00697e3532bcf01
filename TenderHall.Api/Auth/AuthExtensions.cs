using Microsoft.AspNetCore.Authentication.JwtBearer;
using Microsoft.IdentityModel.Tokens;
using TenderHall.Api.Hosting;
using TenderHall.Grains.Hosting;

namespace TenderHall.Api.Auth;

/// <summary>JWT bearer sign-in: the embedded profile issues its own tokens, the cluster profile trusts an OIDC authority.</summary>
public static class AuthExtensions
{
    /// <summary>Adds authentication, the role policies and, in the embedded profile, the token issuer.</summary>
    public static WebApplicationBuilder AddPlatformAuth(this WebApplicationBuilder builder, PlatformOptions platform)
    {
        var options = builder.Configuration.GetSection(AuthOptions.Section).Get<AuthOptions>() ?? new AuthOptions();
        builder.Services.AddSingleton(options);
        var bearer = builder.Services.AddAuthentication(JwtBearerDefaults.AuthenticationScheme);
        if (platform.Profile == StorageProfile.Cluster && !string.IsNullOrWhiteSpace(options.TestAuthorityKey))
        {
            // Tests and fault drills only: a shared key stands in for the OIDC authority (AuthOptions.TestAuthorityKey).
            var key = new SymmetricSecurityKey(TestAuthorityKey(options.TestAuthorityKey)) { KeyId = "tenderhall-test-authority" };
            builder.Services.AddSingleton(new TokenIssuer(key, options, TimeProvider.System));
            bearer.AddJwtBearer(o => Validate(o, options, key));
        }
        else if (platform.Profile == StorageProfile.Cluster)
        {
            if (string.IsNullOrWhiteSpace(options.Authority))
                throw new InvalidOperationException(
                    $"The cluster profile needs '{AuthOptions.Section}:Authority', the OpenID Connect authority whose tokens it accepts.");
            bearer.AddJwtBearer(o =>
            {
                o.Authority = options.Authority;
                o.Audience = options.Audience;
                o.MapInboundClaims = false;
                o.TokenValidationParameters.RoleClaimType = options.RoleClaim;
                o.TokenValidationParameters.NameClaimType = "sub";
            });
        }
        else
        {
            var key = SigningKeyStore.LoadOrCreate(Path.Combine(platform.DataDirectory, "keys", "token-signing.key"));
            // Tokens are security artefacts: they use the wall clock even when the platform clock is a sandbox.
            builder.Services.AddSingleton(new TokenIssuer(key, options, TimeProvider.System));
            bearer.AddJwtBearer(o => Validate(o, options, key));
        }

        builder.Services.AddAuthorization(Policies.Configure);
        return builder;
    }

    private static void Validate(JwtBearerOptions o, AuthOptions options, SymmetricSecurityKey key)
    {
        o.MapInboundClaims = false;
        o.TokenValidationParameters = new TokenValidationParameters
        {
            ValidIssuer = options.Issuer,
            ValidAudience = options.Audience,
            IssuerSigningKey = key,
            RoleClaimType = options.RoleClaim,
            NameClaimType = "sub",
            ClockSkew = TimeSpan.FromSeconds(30),
        };
    }

    private static byte[] TestAuthorityKey(string base64)
    {
        var key = new byte[base64.Length];
        return Convert.TryFromBase64String(base64, key, out var length) && length >= 32 ? key[..length]
            : throw new InvalidOperationException($"'{AuthOptions.Section}:TestAuthorityKey' must be a base64 key of at least 256 bits.");
    }
}
