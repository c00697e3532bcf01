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
        if (platform.Profile == StorageProfile.Cluster)
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
            bearer.AddJwtBearer(o =>
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
            });
        }

        builder.Services.AddAuthorization(Policies.Configure);
        return builder;
    }
}
