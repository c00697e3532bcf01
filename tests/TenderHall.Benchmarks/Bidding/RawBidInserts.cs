using System.Diagnostics;
using Microsoft.Data.Sqlite;

namespace TenderHall.Benchmarks.Bidding;

/// <summary>
/// The intake baseline: each bid's envelope bytes and receipt fields inserted straight into the platform's SQLite file
/// (same connection settings: WAL, synchronous FULL), one durable transaction per bid, all bidders arriving at once. No HTTP,
/// no validation, no grain, no blob file, no transparency log.
/// </summary>
public static class RawBidInserts
{
    /// <summary>Creates the baseline table beside the platform's own.</summary>
    public static void CreateTable(string connectionString)
    {
        using var connection = new SqliteConnection(connectionString);
        connection.Open();
        using var command = connection.CreateCommand();
        command.CommandText = "CREATE TABLE IF NOT EXISTS bench_raw_bids (id INTEGER PRIMARY KEY, bidder TEXT NOT NULL, sha256 TEXT NOT NULL, size INTEGER NOT NULL, signature TEXT NOT NULL, envelope BLOB NOT NULL)";
        command.ExecuteNonQuery();
    }

    /// <summary>Inserts all <paramref name="bids"/> concurrently; returns the phase's figures.</summary>
    public static async Task<LoadReport> InsertAllAsync(string connectionString, IReadOnlyList<SealedBid> bids, string phase)
    {
        // SQLite takes one writer at a time: the bidders queue on a semaphore rather than on SQLite's busy-sleep loop, which
        // would park hundreds of pool threads. That is the fastest a raw writer can go; latency counts the wait in the queue.
        using var writer = new SemaphoreSlim(1, 1);
        await using var memory = new MemorySampler();
        var started = Stopwatch.GetTimestamp();
        var latencies = await Task.WhenAll(bids.Select(async bid =>
        {
            await OneAtATime(writer, () => Insert(connectionString, bid));
            return Stopwatch.GetElapsedTime(started);
        }));
        var elapsed = Stopwatch.GetElapsedTime(started);
        await memory.DisposeAsync();
        return new LoadReport(phase, bids.Count, (long)bids.Average(b => b.Size), elapsed, latencies, memory.Start, memory.Peak);
    }

    /// <summary>Runs <paramref name="insert"/> as SQLite's only writer: callers queue on <paramref name="writer"/>.</summary>
    public static async Task OneAtATime(SemaphoreSlim writer, Action insert)
    {
        await writer.WaitAsync();
        try
        {
            insert();
        }
        finally
        {
            writer.Release();
        }
    }

    /// <summary>Inserts the receipt fields of <paramref name="bid"/> in one durable transaction, the envelope column
    /// empty or (<paramref name="envelope"/>) with the envelope's bytes streamed in from its file.</summary>
    public static void Insert(string connectionString, SealedBid bid, bool envelope = true)
    {
        using var connection = new SqliteConnection(connectionString);
        connection.Open();
        using var transaction = connection.BeginTransaction(deferred: false);
        using var command = connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = $"INSERT INTO bench_raw_bids (bidder, sha256, size, signature, envelope) VALUES (@bidder, @sha, @size, @signature, {(envelope ? "zeroblob(@size)" : "x''")}) RETURNING id";
        command.Parameters.AddWithValue("@bidder", bid.BidderId);
        command.Parameters.AddWithValue("@sha", bid.EnvelopeSha256);
        command.Parameters.AddWithValue("@size", bid.Size);
        command.Parameters.AddWithValue("@signature", bid.Signature);
        var id = (long)command.ExecuteScalar()!;
        if (envelope)
        {
            // The bytes stream in from the envelope file, as the platform streams the request body: never whole in memory.
            using var target = new SqliteBlob(connection, "bench_raw_bids", "envelope", id);
            using var source = new FileStream(bid.EnvelopePath, FileMode.Open, FileAccess.Read, FileShare.Read, 1 << 20, FileOptions.SequentialScan);
            source.CopyTo(target, 1 << 20);
        }

        transaction.Commit();
    }
}
