using BenchmarkDotNet.Attributes;
using RunStrategy = BenchmarkDotNet.Engines.RunStrategy;

namespace TenderHall.Benchmarks.Bidding;

/// <summary>
/// Intake at the deadline: 500 bidders post 64 KiB envelopes at once over HTTP and wait for durable signed receipts,
/// against the same envelopes inserted raw into the same SQLite file, one durable transaction each, and against the same
/// bytes written to fsync'd files plus one durable receipt row each, in the same run.
/// Bids/s, p50/p99 and the working-set peak of each iteration are printed as <c>// bidding:</c> lines in the log.
/// </summary>
[SimpleJob(RunStrategy.Monitoring, launchCount: 1, warmupCount: 1, iterationCount: 5, invocationCount: 1)]
public class BidIntakeBenchmarks
{
    private readonly IntakeRun run = new(bidders: 500, attachmentBytes: 64 * 1024);

    /// <summary>Starts the platform.</summary>
    [GlobalSetup]
    public void Setup() => run.StartAsync().GetAwaiter().GetResult();

    /// <summary>A fresh tender with 500 sealed envelopes (untimed).</summary>
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

    /// <summary>Prints the iteration's figures.</summary>
    [IterationCleanup]
    public void Finish() => run.Finish();

    /// <summary>Stops the platform.</summary>
    [GlobalCleanup]
    public void Cleanup() => run.StopAsync().GetAwaiter().GetResult();
}
