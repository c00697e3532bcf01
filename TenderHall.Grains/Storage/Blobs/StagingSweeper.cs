using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using TenderHall.Grains.Contracts.Blobs;
using TenderHall.Grains.Contracts.Rules;
using TenderHall.Grains.Contracts.Time;

namespace TenderHall.Grains.Storage.Blobs;

/// <summary>
/// Deletes what was uploaded but never accepted into a bid box (refused envelopes, abandoned resumable uploads, chunks of
/// completed ones) once it is older than <see cref="StagingOptions.MaxAge"/> by the platform clock; accepted blobs are
/// never touched. Every silo sweeps; the deletes are idempotent.
/// </summary>
public sealed partial class StagingSweeper(IBlobStore blobs, PlatformClock clock, StagingOptions options, ILogger<StagingSweeper> logger) : BackgroundService
{
    /// <summary>Deletes the staged uploads older than the limit now; returns how many.</summary>
    public Task<int> SweepAsync(CancellationToken cancellationToken) => blobs.SweepStagedAsync(clock.UtcNow - options.MaxAge, cancellationToken);

    /// <inheritdoc />
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        using var timer = new PeriodicTimer(options.SweepInterval, clock.Time);
        while (await timer.WaitForNextTickAsync(stoppingToken))
        {
            try
            {
                if (await SweepAsync(stoppingToken) is var swept and > 0) LogSwept(logger, swept, options.MaxAge);
            }
            catch (Exception e) when (StorageUnavailable.IsTransient(e))
            {
                // Storage is down for the moment: the next tick sweeps what this one could not.
                LogFailed(logger, e);
            }
        }
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Swept {Count} staged uploads never accepted within {MaxAge}")]
    private static partial void LogSwept(ILogger logger, int count, TimeSpan maxAge);

    [LoggerMessage(Level = LogLevel.Warning, Message = "The sweep of staged uploads failed; the next one tries again")]
    private static partial void LogFailed(ILogger logger, Exception exception);
}
