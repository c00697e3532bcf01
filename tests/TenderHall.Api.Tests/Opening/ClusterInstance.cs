using Microsoft.AspNetCore.Authentication.JwtBearer;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.SignalR;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.IdentityModel.Tokens;
using Orleans.Configuration;
using Orleans.Metadata;
using Orleans.Runtime;
using TenderHall.Api.Auth;
using TenderHall.Api.Tests.Platform;
using TenderHall.Grains.Opening;

namespace TenderHall.Api.Tests.Opening;

/// <summary>
/// One API instance of the cluster profile: its own TestServer and silo ports, and the settings, database, Redis,
/// clock and token key of the <see cref="TwoInstances"/> it belongs to.
/// </summary>
internal sealed class ClusterInstance(IReadOnlyList<(string Key, string Value)> settings, SymmetricSecurityKey tokenKey) : PlatformFactory
{
    /// <summary>False for a silo that may not host opening sessions, so that every feed event comes from another instance.</summary>
    public bool HostsOpeningSessions { get; init; } = true;

    /// <summary>False to run SignalR on its in-memory lifetime manager, as without Redis: groups end at this instance.</summary>
    public bool Backplane { get; init; } = true;

    /// <summary>Whether this instance's silo can activate grains of <paramref name="grainType"/> (its local grain manifest lists it).</summary>
    public bool Hosts(string grainType) =>
        Services.GetRequiredService<IClusterManifestProvider>().LocalGrainManifest.Grains.ContainsKey(GrainType.Create(grainType));

    /// <inheritdoc />
    protected override IEnumerable<(string Key, string Value)> Settings() => settings;

    /// <inheritdoc />
    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.ConfigureTestServices(services =>
        {
            // The cluster profile trusts an OIDC authority; tokens signed with a key every instance shares stand in for it.
            services.AddSingleton(sp => new TokenIssuer(tokenKey, sp.GetRequiredService<AuthOptions>(), TimeProvider.System));
            services.AddOptions<JwtBearerOptions>(JwtBearerDefaults.AuthenticationScheme).Configure<AuthOptions>((o, auth) =>
            {
                o.Authority = null;
                o.TokenValidationParameters = new TokenValidationParameters
                {
                    ValidIssuer = auth.Issuer, ValidAudience = auth.Audience, IssuerSigningKey = tokenKey, RoleClaimType = auth.RoleClaim, NameClaimType = "sub",
                };
            });
            // Heterogeneous silos: Orleans places every session on a silo that has the grain class.
            if (!HostsOpeningSessions) services.Configure<GrainTypeOptions>(o => o.Classes.Remove(typeof(OpeningSessionGrain)));
            if (!Backplane)
            {
                services.RemoveAll(typeof(HubLifetimeManager<>));
                services.AddSingleton(typeof(HubLifetimeManager<>), typeof(DefaultHubLifetimeManager<>));
            }
        });
    }
}
