using System.Diagnostics;
using Microsoft.Data.Sqlite;

namespace TenderHall.Benchmarks.Bidding;

/// <summary>
/// The second intake floor: each envelope copied to its own file and fsync'd, all bidders at once (as the blob store
/// writes), then one receipt row per bid in its own durable transaction in the platform's SQLite file. Large envelopes
/// go to SQLite's WAL and then its main file in the first baseline; this one writes them once, as the platform does.
/// </summary>
public static class RawBidFiles
{
    /// <summary>Writes all <paramref name="bids"/> concurrently into <paramref name="folder"/>; returns the phase's figures.</summary>
    public static async Task<LoadReport> WriteAllAsync(string connectionString, string folder, IReadOnlyList<SealedBid> bids, string phase)
    {
        Directory.CreateDirectory(folder);
        using var writer = new SemaphoreSlim(1, 1);
        await using var memory = new MemorySampler();
        var started = Stopwatch.GetTimestamp();
        var latencies = await Task.WhenAll(bids.Select(bid => Task.Run(async () =>
        {
            await using (var source = new FileStream(bid.EnvelopePath, FileMode.Open, FileAccess.Read, FileShare.Read, 1, FileOptions.Asynchronous | FileOptions.SequentialScan))
            await using (var target = new FileStream(Path.Combine(folder, bid.EnvelopeSha256), FileMode.Create, FileAccess.Write, FileShare.None, 1, FileOptions.Asynchronous))
            {
                await source.CopyToAsync(target, 1 << 20);
                await Task.Run(() => target.Flush(flushToDisk: true));
            }

            await RawBidInserts.OneAtATime(writer, () => RawBidInserts.Insert(connectionString, bid, envelope: false));
            return Stopwatch.GetElapsedTime(started);
        })));
        var elapsed = Stopwatch.GetElapsedTime(started);
        await memory.DisposeAsync();
        return new LoadReport(phase, bids.Count, (long)bids.Average(b => b.Size), elapsed, latencies, memory.Start, memory.Peak);
    }
}
