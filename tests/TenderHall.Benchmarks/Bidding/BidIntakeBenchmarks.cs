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
public class BidIntakeBenchmarks : IntakeBenchmarks
{
    /// <inheritdoc />
    protected override IntakeRun CreateRun() => new(bidders: 500, attachmentBytes: 64 * 1024);
}
