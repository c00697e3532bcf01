using BenchmarkDotNet.Attributes;
using RunStrategy = BenchmarkDotNet.Engines.RunStrategy;

namespace TenderHall.Benchmarks.Bidding;

/// <summary>
/// Intake of large bids: 50 bidders post envelopes of <see cref="EnvelopeMiB"/> MiB at once over HTTP, against raw
/// durable inserts of the same bytes into the same SQLite file and against fsync'd files plus one durable receipt row
/// each. One iteration each: a 200 MiB iteration moves 10 GiB.
/// </summary>
[SimpleJob(RunStrategy.Monitoring, launchCount: 1, warmupCount: 0, iterationCount: 1, invocationCount: 1)]
public class LargeBidIntakeBenchmarks : IntakeBenchmarks
{
    /// <summary>Attachment size per envelope, MiB.</summary>
    [Params(20, 200)]
    public int EnvelopeMiB { get; set; }

    /// <inheritdoc />
    protected override IntakeRun CreateRun() => new(bidders: 50, attachmentBytes: EnvelopeMiB << 20);
}
