namespace TenderHall.Benchmarks.Bidding;

/// <summary>Samples the process working set every 10 ms while it runs: the peak of one timed phase, not of the process.</summary>
public sealed class MemorySampler : IAsyncDisposable
{
    private readonly CancellationTokenSource stop = new();
    private readonly Task sampling;
    private bool stopped;

    /// <summary>Starts sampling.</summary>
    public MemorySampler()
    {
        Start = Environment.WorkingSet;
        Peak = Start;
        sampling = Task.Run(async () =>
        {
            using var timer = new PeriodicTimer(TimeSpan.FromMilliseconds(10));
            try
            {
                while (await timer.WaitForNextTickAsync(stop.Token)) Peak = Math.Max(Peak, Environment.WorkingSet);
            }
            catch (OperationCanceledException)
            {
                // Stopped.
            }
        });
    }

    /// <summary>The working set when sampling started, in bytes.</summary>
    public long Start { get; }

    /// <summary>The highest working set seen, in bytes.</summary>
    public long Peak { get; private set; }

    /// <summary>Stops sampling; <see cref="Peak"/> is final. Safe to call more than once.</summary>
    public async ValueTask DisposeAsync()
    {
        if (stopped) return;
        stopped = true;
        await stop.CancelAsync();
        await sampling;
        Peak = Math.Max(Peak, Environment.WorkingSet);
        stop.Dispose();
    }
}
