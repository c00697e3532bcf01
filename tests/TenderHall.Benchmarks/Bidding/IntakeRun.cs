namespace TenderHall.Benchmarks.Bidding;

/// <summary>
/// State of an intake benchmark: one platform per benchmark process; per iteration a fresh tender whose bidders have
/// bought the documents and sealed their envelopes to files (untimed), then either the HTTP intake or the raw baseline.
/// </summary>
public sealed class IntakeRun(int bidders, int attachmentBytes)
{
    private BenchPlatform platform = null!;
    private BidTender tender = null!;
    private IReadOnlyList<SealedBid> bids = [];
    private string folder = "";
    private LoadReport? last;

    /// <summary>Starts the platform and creates the baseline table in its database.</summary>
    public async Task StartAsync()
    {
        platform = await BenchPlatform.StartAsync();
        RawBidInserts.CreateTable(platform.SqliteConnectionString);
    }

    /// <summary>Publishes a fresh tender and seals every bidder's envelope to a file.</summary>
    public async Task PrepareAsync()
    {
        tender = await BidTender.PublishAsync(platform);
        folder = Path.Combine(Path.GetTempPath(), "th-bench-envelopes-" + Guid.NewGuid().ToString("N"));
        bids = await BidFleet.SealAsync(tender, bidders, attachmentBytes, folder);
        // What sealing left behind is not the intake's memory.
        GC.Collect(2, GCCollectionMode.Aggressive, blocking: true, compacting: true);
    }

    /// <summary>All bidders post their envelopes over HTTP at once and wait for their receipts.</summary>
    public async Task HttpIntakeAsync() => last = await BidSubmitter.SubmitAllAsync(platform, tender.TenderId, bids, "HttpIntake");

    /// <summary>The same envelopes inserted raw into the same database, one durable transaction each.</summary>
    public async Task RawDurableInsertsAsync() => last = await RawBidInserts.InsertAllAsync(platform.SqliteConnectionString, bids, "RawDurableInserts");

    /// <summary>The same envelopes written to files and fsync'd concurrently, then one durable receipt row each.</summary>
    public async Task RawDurableFilesAsync() =>
        last = await RawBidFiles.WriteAllAsync(platform.SqliteConnectionString, Path.Combine(platform.Options.DataDirectory, "raw-envelopes"), bids, "RawDurableFiles");

    /// <summary>Prints the iteration's figures and frees its disk space (envelope files, stored blobs, baseline rows).</summary>
    public void Finish()
    {
        last?.Print();
        last = null;
        Directory.Delete(folder, recursive: true);
        var blobs = Path.Combine(platform.Options.DataDirectory, "blobs");
        foreach (var shard in Directory.EnumerateDirectories(blobs).Where(d => Path.GetFileName(d).Length == 2)) Directory.Delete(shard, recursive: true);
        var raw = Path.Combine(platform.Options.DataDirectory, "raw-envelopes");
        if (Directory.Exists(raw)) Directory.Delete(raw, recursive: true);
        using var connection = new Microsoft.Data.Sqlite.SqliteConnection(platform.SqliteConnectionString);
        connection.Open();
        using var command = connection.CreateCommand();
        command.CommandText = "DELETE FROM bench_raw_bids";
        command.ExecuteNonQuery();
    }

    /// <summary>Stops the platform and deletes its data.</summary>
    public Task StopAsync() => platform.DisposeAsync().AsTask();
}
