using System.Buffers.Binary;
using System.Diagnostics;
using System.Security.Cryptography;
using BenchmarkDotNet.Attributes;
using RunStrategy = BenchmarkDotNet.Engines.RunStrategy;

namespace TenderHall.Benchmarks.Bidding;

/// <summary>
/// Opening 200 bids of 10 MiB: the time from the k-th custodian share (POST .../opening/shares) to the record being
/// published, every envelope decrypted into the blob store; against raw .NET <see cref="AesGcm"/> over the same number
/// of bytes in 1 MiB segments in memory, and the same AES-GCM with each bid's plaintext written to a file and fsync'd.
/// </summary>
[SimpleJob(RunStrategy.Monitoring, launchCount: 1, warmupCount: 0, iterationCount: 3, invocationCount: 1)]
public class BidOpeningBenchmarks
{
    private const int Bids = 200;
    private const int Segment = 1 << 20;
    private const int SegmentsPerBid = 10;
    private static readonly byte[] Aad = new byte[32];
    private BenchPlatform platform = null!;
    private BidTender tender = null!;
    private string folder = "";
    private byte[] key = [];
    private byte[][] sealedSegments = [];
    private byte[] plaintext = [];
    private LoadReport? last;

    /// <summary>Starts the platform.</summary>
    [GlobalSetup(Target = nameof(OpenAtThreshold))]
    public void StartPlatform() => platform = BenchPlatform.StartAsync().GetAwaiter().GetResult();

    /// <summary>Encrypts 10 MiB in 1 MiB segments once; each raw bid decrypts them all.</summary>
    [GlobalSetup(Targets = [nameof(RawAesGcm), nameof(RawAesGcmToDurableFiles), nameof(RawHashedAesGcmToDurableFiles)])]
    public void SealRaw()
    {
        key = RandomNumberGenerator.GetBytes(32);
        plaintext = new byte[Segment];
        folder = Path.Combine(Path.GetTempPath(), "th-bench-raw-open-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(folder);
        using var aes = new AesGcm(key, 16);
        sealedSegments = new byte[SegmentsPerBid][];
        for (var i = 0; i < SegmentsPerBid; i++)
        {
            var segment = RandomNumberGenerator.GetBytes(Segment);
            sealedSegments[i] = new byte[Segment + 16];
            aes.Encrypt(Nonce(i), segment, sealedSegments[i].AsSpan(0, Segment), sealedSegments[i].AsSpan(Segment), Aad);
        }
    }

    /// <summary>A fresh tender: 200 bidders seal and submit 10 MiB envelopes over HTTP, the deadline passes, a supervisor checks in, one custodian hands over (untimed).</summary>
    [IterationSetup(Target = nameof(OpenAtThreshold))]
    public void PrepareOpening()
    {
        tender = BidTender.PublishAsync(platform).GetAwaiter().GetResult();
        folder = Path.Combine(Path.GetTempPath(), "th-bench-envelopes-" + Guid.NewGuid().ToString("N"));
        var bids = BidFleet.SealAsync(tender, Bids, SegmentsPerBid * Segment, folder).GetAwaiter().GetResult();
        BidSubmitter.SubmitAllAsync(platform, tender.TenderId, bids, "OpeningSetupIntake (untimed by BenchmarkDotNet)").GetAwaiter().GetResult().Print();
        Directory.Delete(folder, recursive: true);
        tender.PassDeadlineAndCheckInAsync(platform).GetAwaiter().GetResult();
        using var first = tender.HandOverAsync(tender.Custodians[0]).GetAwaiter().GetResult();
        first.EnsureSuccessStatusCode();
        GC.Collect(2, GCCollectionMode.Aggressive, blocking: true, compacting: true);
    }

    /// <summary>Baseline: .NET AesGcm decrypts 200 × 10 segments of 1 MiB held in memory.</summary>
    [Benchmark(Baseline = true)]
    public void RawAesGcm() => last = Raw("RawAesGcm", durable: false);

    /// <summary>The same decryption, each bid's plaintext written to its own file and fsync'd: the durable floor of an opening.</summary>
    [Benchmark]
    public void RawAesGcmToDurableFiles() => last = Raw("RawAesGcmToDurableFiles", durable: true);

    /// <summary>
    /// The durable floor plus the two SHA-256 passes the platform's guarantees need: over the envelope as read (it must be
    /// the receipted one, not another the bidder sealed) and over the plaintext (its content address in the record).
    /// </summary>
    [Benchmark]
    public void RawHashedAesGcmToDurableFiles() => last = Raw("RawHashedAesGcmToDurableFiles", durable: true, hashed: true);

    /// <summary>The platform: the second of three custodians hands over its share; done when the record is published.</summary>
    [Benchmark]
    public async Task OpenAtThreshold()
    {
        await using var memory = new MemorySampler();
        var started = Stopwatch.GetTimestamp();
        // The k-th share's request answers once the key is rebuilt; the grain decrypts on a background timer, so the end is the feed event.
        using (var response = await tender.HandOverAsync(tender.Custodians[1])) response.EnsureSuccessStatusCode();
        Console.WriteLine(FormattableString.Invariant($"// bidding: OpenAtThreshold hand-over answered in {Stopwatch.GetElapsedTime(started).TotalMilliseconds:F1} ms"));
        while (platform.Feed.TimesOf(tender.TenderId, "opening.record-published").Count == 0)
        {
            if (Stopwatch.GetElapsedTime(started) > TimeSpan.FromMinutes(10)) throw new TimeoutException($"Tender {tender.TenderId}: no opening.record-published within 10 minutes of the k-th share.");
            await Task.Delay(10);
        }

        var done = platform.Feed.TimesOf(tender.TenderId, "opening.record-published")[0];
        await memory.DisposeAsync();
        var decrypted = platform.Feed.TimesOf(tender.TenderId, "opening.bid-decrypted");
        var latencies = decrypted.Select((t, i) => Stopwatch.GetElapsedTime(i == 0 ? started : decrypted[i - 1], t)).ToList();
        last = new LoadReport("OpenAtThreshold", decrypted.Count, SegmentsPerBid * Segment, Stopwatch.GetElapsedTime(started, done), latencies, memory.Start, memory.Peak);
    }

    /// <summary>Checks the opening really published every bid, and prints the iteration's figures.</summary>
    [IterationCleanup(Target = nameof(OpenAtThreshold))]
    public void CheckOpening()
    {
        var view = tender.OpeningAsync().GetAwaiter().GetResult();
        var rows = view.GetProperty("rows").EnumerateArray().ToList();
        if (view.GetProperty("status").GetString() != "RecordPublished" || rows.Count != Bids || rows.Any(r => r.GetProperty("outcome").GetString() != "Opened"))
            throw new InvalidOperationException($"The opening did not publish {Bids} opened bids: {view}");
        Print();
    }

    /// <summary>Prints the iteration's figures.</summary>
    [IterationCleanup(Targets = [nameof(RawAesGcm), nameof(RawAesGcmToDurableFiles), nameof(RawHashedAesGcmToDurableFiles)])]
    public void Print()
    {
        last?.Print();
        last = null;
    }

    /// <summary>Stops the platform.</summary>
    [GlobalCleanup(Target = nameof(OpenAtThreshold))]
    public void StopPlatform() => platform.DisposeAsync().AsTask().GetAwaiter().GetResult();

    /// <summary>Deletes the raw plaintext files.</summary>
    [GlobalCleanup(Targets = [nameof(RawAesGcm), nameof(RawAesGcmToDurableFiles)])]
    public void DeleteRaw() => Directory.Delete(folder, recursive: true);

    private LoadReport Raw(string phase, bool durable, bool hashed = false)
    {
        var memory = new MemorySampler();
        using var aes = new AesGcm(key, 16);
        var latencies = new List<TimeSpan>(Bids);
        var started = Stopwatch.GetTimestamp();
        for (var bid = 0; bid < Bids; bid++)
        {
            var bidStarted = Stopwatch.GetTimestamp();
            using var file = durable ? new FileStream(Path.Combine(folder, $"{bid}.bin"), FileMode.Create, FileAccess.Write, FileShare.None, 0) : null;
            using var envelopeHash = hashed ? IncrementalHash.CreateHash(HashAlgorithmName.SHA256) : null;
            using var plaintextHash = hashed ? IncrementalHash.CreateHash(HashAlgorithmName.SHA256) : null;
            for (var i = 0; i < SegmentsPerBid; i++)
            {
                envelopeHash?.AppendData(sealedSegments[i]);
                aes.Decrypt(Nonce(i), sealedSegments[i].AsSpan(0, Segment), sealedSegments[i].AsSpan(Segment), plaintext, Aad);
                plaintextHash?.AppendData(plaintext);
                file?.Write(plaintext);
            }

            envelopeHash?.GetHashAndReset();
            plaintextHash?.GetHashAndReset();

            file?.Flush(flushToDisk: true);
            latencies.Add(Stopwatch.GetElapsedTime(bidStarted));
        }

        var elapsed = Stopwatch.GetElapsedTime(started);
        memory.DisposeAsync().AsTask().GetAwaiter().GetResult();
        return new LoadReport(phase, Bids, SegmentsPerBid * Segment, elapsed, latencies, memory.Start, memory.Peak);
    }

    private static byte[] Nonce(int index)
    {
        var nonce = new byte[12];
        BinaryPrimitives.WriteInt32BigEndian(nonce.AsSpan(7), index);
        return nonce;
    }
}
