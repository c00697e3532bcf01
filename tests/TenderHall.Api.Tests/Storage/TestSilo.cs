using System.Net;
using System.Net.Sockets;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Orleans.Reminders;
using TenderHall.Api.Hosting;
using TenderHall.Grains.Hosting;
using TenderHall.Grains.Storage.Schema;

namespace TenderHall.Api.Tests.Storage;

/// <summary>Starts real silo hosts configured exactly as production does, through <c>AddTenderHallStorage</c>.</summary>
internal static class TestSilo
{
    public static readonly TimeSpan StartTimeout = TimeSpan.FromSeconds(60);

    /// <summary>Options for one silo on <paramref name="database"/>, on free loopback ports.</summary>
    public static PlatformOptions Options(TestDatabase database) => new()
    {
        Profile = database.Kind == DatabaseKind.Sqlite ? StorageProfile.Embedded : StorageProfile.Cluster,
        DataDirectory = database.DataDirectory,
        PostgresConnectionString = database.Kind == DatabaseKind.PostgreSql ? database.ConnectionString : null,
        ServiceId = "th-test",
        ClusterId = "th-test",
        SiloPort = FreePort(),
        GatewayPort = FreePort(),
    };

    /// <summary>Starts a silo; <paramref name="reminderClock"/>, when given, is the clock the reminder service ticks by.</summary>
    public static async Task<IHost> StartAsync(PlatformOptions options, TimeProvider? reminderClock = null)
    {
        var host = Host.CreateDefaultBuilder()
            .ConfigureLogging(logging => logging.SetMinimumLevel(LogLevel.Warning))
            .UseOrleans(silo => silo.AddTenderHallStorage(options))
            .ConfigureServices(services =>
            {
                // After Orleans' own registration, so this one is the one resolved.
                if (reminderClock is not null) services.AddKeyedSingleton(ReminderTimeProviderNames.Reminders, reminderClock);
            })
            .Build();
        using var timeout = new CancellationTokenSource(StartTimeout);
        await host.StartAsync(timeout.Token);
        return host;
    }

    public static async Task StopAsync(IHost host)
    {
        using var timeout = new CancellationTokenSource(StartTimeout);
        await host.StopAsync(timeout.Token);
        host.Dispose();
    }

    public static IGrainFactory Grains(this IHost host) => host.Services.GetRequiredService<IGrainFactory>();

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
