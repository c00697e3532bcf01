using System.Net;
using System.Net.Sockets;
using System.Security.Cryptography;
using BenchmarkDotNet.Attributes;
using RunStrategy = BenchmarkDotNet.Engines.RunStrategy;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using TenderHall.Api.Hosting;
using TenderHall.Api.Transparency;
using TenderHall.Crypto.Merkle;
using TenderHall.Grains.Contracts.Time;
using TenderHall.Grains.Contracts.Transparency;
using TenderHall.Grains.Hosting;
using TenderHall.Grains.Storage.Schema;
using TenderHall.Grains.Transparency;

namespace TenderHall.Benchmarks.Transparency;

/// <summary>
/// Durable appends per second through <see cref="ITransparencyLog"/> on the embedded profile (SQLite, WAL, synchronous
/// commits), against a baseline measured in the same run: the same rows inserted straight into the same database file in
/// durable batches of 1,000, with no silo, no grain, no Merkle tree and no signing. Each invocation appends 20,000 events.
/// </summary>
[SimpleJob(RunStrategy.Monitoring, launchCount: 1, warmupCount: 1, iterationCount: 5)]
public class TransparencyLogBenchmarks
{
    private const int Events = 20_000;
    private const int RawBatch = 1_000;
    private readonly string dataDirectory = Path.Combine(Path.GetTempPath(), "th-bench-log-" + Guid.NewGuid().ToString("N"));
    private IHost silo = null!;
    private ITransparencyLog log = null!;
    private string connectionString = null!;
    private long rawNext;

    /// <summary>Starts an embedded silo with the log on a fresh SQLite file and creates the baseline table beside it.</summary>
    [GlobalSetup]
    public void Setup()
    {
        var platform = new PlatformOptions { DataDirectory = dataDirectory, SiloPort = FreePort(), GatewayPort = FreePort() };
        connectionString = SqliteConnectionStrings.WithPrivateCache(platform.SqliteConnectionString);
        silo = Host.CreateDefaultBuilder()
            .ConfigureLogging(l => l.SetMinimumLevel(LogLevel.Warning))
            .UseOrleans(s => s.AddTenderHallStorage(platform))
            .ConfigureServices(s => s.AddSingleton(new PlatformClock(TimeProvider.System)).AddTransparencyLog(platform, new TransparencyOptions()))
            .Build();
        silo.StartAsync().GetAwaiter().GetResult();
        log = silo.Services.GetRequiredService<ITransparencyLog>();
        Execute("CREATE TABLE IF NOT EXISTS bench_raw_log (idx INTEGER NOT NULL PRIMARY KEY, leaf_data BLOB NOT NULL, leaf_hash BLOB NOT NULL)");
    }

    /// <summary>Baseline: 20,000 rows of the same shape, in 20 durable transactions of 1,000 prepared inserts.</summary>
    [Benchmark(Baseline = true, OperationsPerInvoke = Events)]
    public void RawBatchedInserts()
    {
        using var connection = new SqliteConnection(connectionString);
        connection.Open();
        for (var done = 0; done < Events; done += RawBatch)
        {
            using var transaction = connection.BeginTransaction(deferred: false);
            using var command = connection.CreateCommand();
            command.Transaction = transaction;
            command.CommandText = "INSERT INTO bench_raw_log (idx, leaf_data, leaf_hash) VALUES (@idx, @data, @hash)";
            var idx = command.Parameters.Add("@idx", SqliteType.Integer);
            var data = command.Parameters.Add("@data", SqliteType.Blob);
            var hash = command.Parameters.Add("@hash", SqliteType.Blob);
            command.Prepare();
            for (var i = 0; i < RawBatch; i++)
            {
                var leaf = LogEventJson.Encode(Event(rawNext));
                idx.Value = rawNext++;
                data.Value = leaf;
                hash.Value = MerkleHash.Leaf(leaf);
                command.ExecuteNonQuery();
            }

            transaction.Commit();
        }
    }

    /// <summary>The log service: 20,000 concurrent appends, each awaited until its batch committed.</summary>
    [Benchmark(OperationsPerInvoke = Events)]
    public async Task LogAppends()
    {
        var appends = new Task<LogReceipt>[Events];
        for (var i = 0; i < Events; i++) appends[i] = log.AppendAsync(Event(i));
        await Task.WhenAll(appends);
    }

    /// <summary>Stops the silo and deletes the data.</summary>
    [GlobalCleanup]
    public void Cleanup()
    {
        silo.StopAsync().GetAwaiter().GetResult();
        silo.Dispose();
        SqliteConnection.ClearAllPools();
        Directory.Delete(dataDirectory, recursive: true);
    }

    // A bid receipt event of typical size (~250 bytes of canonical JSON).
    private static LogEvent Event(long i) => new()
    {
        Type = "test.appended",
        Subject = "tender/T-2026-" + (i % 1000).ToString("D4", System.Globalization.CultureInfo.InvariantCulture),
        At = DateTimeOffset.UtcNow,
        Actor = "bidder" + (i % 97).ToString(System.Globalization.CultureInfo.InvariantCulture),
        Data = new(StringComparer.Ordinal) { ["envelopeSha256"] = Convert.ToHexStringLower(SHA256.HashData(BitConverter.GetBytes(i))) },
    };

    private void Execute(string sql)
    {
        using var connection = new SqliteConnection(connectionString);
        connection.Open();
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        command.ExecuteNonQuery();
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
