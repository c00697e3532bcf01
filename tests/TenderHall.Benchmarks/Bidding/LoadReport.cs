using System.Globalization;

namespace TenderHall.Benchmarks.Bidding;

/// <summary>One timed phase: how many bids, how long, each bid's latency and the working set; printed into the BenchmarkDotNet log.</summary>
public sealed record LoadReport(string Phase, int Bids, long BytesPerBid, TimeSpan Elapsed, IReadOnlyList<TimeSpan> Latencies, long WorkingSetStart, long WorkingSetPeak)
{
    /// <summary>Bids completed per second of the phase.</summary>
    public double BidsPerSecond => Bids / Elapsed.TotalSeconds;

    /// <summary>The latency at quantile <paramref name="q"/> (nearest rank).</summary>
    public TimeSpan Percentile(double q)
    {
        if (Latencies.Count == 0) return TimeSpan.Zero;
        var sorted = Latencies.Order().ToList();
        return sorted[Math.Clamp((int)Math.Ceiling(q * sorted.Count) - 1, 0, sorted.Count - 1)];
    }

    /// <summary>Writes the phase as one line starting with <c>// bidding:</c>, easy to find in the log.</summary>
    public void Print() => Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
        $"// bidding: {Phase}; {Bids} bids x {BytesPerBid / 1024.0 / 1024.0:F3} MiB; {Elapsed.TotalSeconds:F3} s; {BidsPerSecond:F1} bids/s; " +
        $"{Bids * (double)BytesPerBid / 1024 / 1024 / Elapsed.TotalSeconds:F1} MiB/s; min {Percentile(0).TotalMilliseconds:F1} ms; p50 {Percentile(0.50).TotalMilliseconds:F1} ms; p99 {Percentile(0.99).TotalMilliseconds:F1} ms; " +
        $"max {Percentile(1).TotalMilliseconds:F1} ms; working set {WorkingSetStart / 1048576} MiB at start, peak {WorkingSetPeak / 1048576} MiB"));
}
