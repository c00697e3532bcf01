using BenchmarkDotNet.Attributes;
using RunStrategy = BenchmarkDotNet.Engines.RunStrategy;

namespace TenderHall.Benchmarks.Bidding;

/// <summary>
/// Intake of large bids: 50 bidders post envelopes of <see cref="EnvelopeMiB"/> MiB at once over HTTP, against raw
/// durable inserts of the same bytes into the same SQLite file and against fsync'd files plus one durable receipt row
/// each. One iteration each: a 200 MiB iteration moves 10 GiB.
/// </summary>
[SimpleJob(RunStrategy.Monitoring, launchCount: 1, warmupCount: 0, iterationCount: 1, invocationCount: 1)]
public class LargeBidIntakeBenchmarks
{
    private IntakeRun run = null!;

    /// <summary>Attachment size per envelope, MiB.</summary>
    [Params(20, 200)]
    public int EnvelopeMiB { get; set; }

    /// <summary>Starts the platform.</summary>
    [GlobalSetup]
    public void Setup()
    {
        run = new IntakeRun(bidders: 50, attachmentBytes: EnvelopeMiB << 20);
        run.StartAsync().GetAwaiter().GetResult();
    }

    /// <summary>A fresh tender with 50 sealed envelopes (untimed).</summary>
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
}
