using TenderHall.Grains.Contracts.Time;

namespace TenderHall.Api.Clock;

/// <summary>Saves the sandbox clock's virtual time every few seconds and at shutdown, so a restart never goes back in time.</summary>
public sealed class SandboxClockKeeper(SandboxClockAnchor anchor, PlatformClock clock) : BackgroundService
{
    /// <inheritdoc />
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        using var timer = new PeriodicTimer(TimeSpan.FromSeconds(5));
        try
        {
            while (await timer.WaitForNextTickAsync(stoppingToken)) anchor.Save(clock.Time);
        }
        catch (OperationCanceledException)
        {
            // Shutting down: the final save below still runs.
        }

        anchor.Save(clock.Time);
    }
}
