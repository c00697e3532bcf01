using BenchmarkDotNet.Attributes;

namespace TenderHall.Benchmarks.Bidding;

/// <summary>
/// What every intake benchmark measures, in one run: the platform's HTTP intake against raw durable inserts (the
/// baseline) and fsync'd files. A subclass says how many bidders send how much, and its job.
/// </summary>
public abstract class IntakeBenchmarks
{
    private IntakeRun run = null!;

    /// <summary>Starts the platform.</summary>
    [GlobalSetup]
    public void Setup()
    {
        run = CreateRun();
        run.StartAsync().GetAwaiter().GetResult();
    }

    /// <summary>A fresh tender with every bidder's sealed envelope (untimed).</summary>
    [IterationSetup]
    public void Prepare() => run.PrepareAsync().GetAwaiter().GetResult();

    /// <summary>Baseline: raw durable inserts of the same bytes.</summary>
    [Benchmark(Baseline = true)]
    public Task RawDurableInserts() => run.RawDurableInsertsAsync();

    /// <summary>Second floor: the same bytes to fsync'd files, all at once, plus one durable receipt row each.</summary>
    [Benchmark]
    public Task RawDurableFiles() => run.RawDurableFilesAsync();

    /// <summary>The platform: POST /api/v1/tenders/{id}/bids until every receipt is back.</summary>
    [Benchmark]
    public Task HttpIntake() => run.HttpIntakeAsync();

    /// <summary>Prints the iteration's figures and frees the disk.</summary>
    [IterationCleanup]
    public void Finish() => run.Finish();

    /// <summary>Stops the platform.</summary>
    [GlobalCleanup]
    public void Cleanup() => run.StopAsync().GetAwaiter().GetResult();

    /// <summary>The bidders and envelope size of this benchmark (read after parameters are set).</summary>
    protected abstract IntakeRun CreateRun();
}
