using TenderHall.Grains.Contracts.Transparency;
using TenderHall.Grains.Hosting;

namespace TenderHall.Api.Transparency;

/// <summary>
/// <c>verify-log</c>: re-reads the stored log against its signed checkpoints, prints a verdict, and on tampering raises a
/// <c>LOG-TAMPERED</c> alarm through the running platform. Exit code 0 intact, 1 tampered, 2 when it cannot check.
/// </summary>
public static class VerifyLogCommand
{
    /// <summary>The command-line name.</summary>
    public const string Name = "verify-log";

    /// <summary>Runs the verification and returns the exit code.</summary>
    public static async Task<int> RunAsync(PlatformOptions platform, IConfiguration configuration, TextWriter output)
    {
        LogVerification result;
        try
        {
            result = await GrainsHosting.VerifyLogAsync(platform, configuration);
        }
        catch (InvalidOperationException e)
        {
            await output.WriteLineAsync($"verify-log: cannot check: {e.Message}");
            return 2;
        }

        await output.WriteLineAsync($"verify-log: {result.Verdict}");
        foreach (var problem in result.Problems.Skip(1)) await output.WriteLineAsync($"verify-log:   also: {problem}");
        if (result.Intact) return 0;

        try
        {
            await RaiseThroughPlatformAsync(platform, configuration, result);
            await output.WriteLineAsync("verify-log: raised supervision alarm LOG-TAMPERED.");
        }
        catch (Exception e) when (e is not OutOfMemoryException)
        {
            await output.WriteLineAsync($"verify-log: could NOT raise the supervision alarm ({e.GetType().Name}: {e.Message}); the platform must be running. Report this verdict to the supervisors.");
        }

        return 1;
    }

    // An Orleans client of the running cluster: the alarm inbox is a grain, so only the platform can record it.
    private static async Task RaiseThroughPlatformAsync(PlatformOptions platform, IConfiguration configuration, LogVerification result)
    {
        var builder = Host.CreateApplicationBuilder();
        builder.Logging.SetMinimumLevel(LogLevel.Warning);
        builder.UseOrleansClient(client =>
        {
            if (platform.Profile == StorageProfile.Cluster)
            {
                client.Configure<Orleans.Configuration.ClusterOptions>(o => (o.ServiceId, o.ClusterId) = (platform.ServiceId, platform.ClusterId));
                client.UseAdoNetClustering(o => (o.Invariant, o.ConnectionString) = ("Npgsql", platform.PostgresConnectionString!));
            }
            else
            {
                client.UseLocalhostClustering(platform.GatewayPort, platform.ServiceId, platform.ClusterId);
            }
        });
        using var host = builder.Build();
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(30));
        await host.StartAsync(timeout.Token);
        await GrainsHosting.RaiseLogTamperedAsync(host.Services.GetRequiredService<IGrainFactory>(), platform, configuration, result);
        await host.StopAsync(CancellationToken.None);
    }
}
