using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.SignalR;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Orleans.Configuration;
using Orleans.Metadata;
using Orleans.Runtime;
using TenderHall.Api.Tests.Platform;
using TenderHall.Grains.Opening;

namespace TenderHall.Api.Tests.Opening;

/// <summary>
/// One API instance of the cluster profile: its own TestServer and silo ports, and the settings, database, Redis,
/// clock and test authority key of the <see cref="TwoInstances"/> it belongs to.
/// </summary>
internal sealed class ClusterInstance(IReadOnlyList<(string Key, string Value)> settings) : PlatformFactory
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
