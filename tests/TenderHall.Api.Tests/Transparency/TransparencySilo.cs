using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using TenderHall.Api.Hosting;
using TenderHall.Api.Tests.Storage;
using TenderHall.Api.Transparency;
using TenderHall.Grains.Contracts.Time;
using TenderHall.Grains.Hosting;
using TenderHall.Grains.Transparency;

namespace TenderHall.Api.Tests.Transparency;

/// <summary>A silo configured as production does (storage profile plus <c>AddTransparencyLog</c>) on a test database.</summary>
internal static class TransparencySilo
{
    // Fixed per test run so a restarted silo signs with the key of the first one (the cluster profile reads it from configuration).
    public static readonly string ClusterSigningKey = Convert.ToBase64String(System.Security.Cryptography.RandomNumberGenerator.GetBytes(32));

    public static TransparencyOptions Options() => new() { SigningKey = ClusterSigningKey, CheckpointInterval = TimeSpan.FromMilliseconds(200) };

    public static async Task<IHost> StartAsync(PlatformOptions platform)
    {
        var host = Host.CreateDefaultBuilder()
            .ConfigureLogging(logging => logging.SetMinimumLevel(LogLevel.Warning))
            .UseOrleans(silo => silo.AddTenderHallStorage(platform))
            .ConfigureServices(services => services
                .AddSingleton(new PlatformClock(TimeProvider.System))
                .AddTransparencyLog(platform, Options()))
            .Build();
        using var timeout = new CancellationTokenSource(TestSilo.StartTimeout);
        await host.StartAsync(timeout.Token);
        return host;
    }

    public static T Get<T>(this IHost host) where T : notnull => host.Services.GetRequiredService<T>();
}
