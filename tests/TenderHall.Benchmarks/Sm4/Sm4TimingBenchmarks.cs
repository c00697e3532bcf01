using System.Diagnostics;
using System.Globalization;
using System.Security.Cryptography;
using BenchmarkDotNet.Attributes;
using Org.BouncyCastle.Crypto.Engines;
using Org.BouncyCastle.Crypto.Parameters;
using TenderHall.Crypto.Sm4;

namespace TenderHall.Benchmarks.Sm4;

/// <summary>
/// dudect (Reparaz, Balasch and Verbauwhede, "Dude, is my code constant time?", DATE 2017) for SM4's key schedule and
/// block function on each path, run by BenchmarkDotNet. As dudect does, the inputs are prepared before they are timed:
/// a pool of key-and-batch slots, each given by a coin toss either the fixed class (one key and one batch of 32 blocks)
/// or the random class (a fresh key and batch), drawn again whenever the pool has been used up; every invocation times
/// the next slot's one call, so drift in the machine's load falls on both classes alike and the two classes differ only
/// in their values, never in the addresses they are read from. At the end Welch's t over the two classes' times is
/// printed (`// dudect:` lines in the log), raw and cropped at percentiles as dudect does; |t| above 4.5 says the time
/// depends on the secret inputs. The control (<see cref="Classes"/> = RandomVsRandom) gives both classes random inputs:
/// its t is the harness's own noise. A benchmark to read, never a timed assert.
/// </summary>
public class Sm4TimingBenchmarks
{
    private const int Pool = 4096;
    private const int BatchLength = 512;
    private const int MaxSamples = 4_000_000;
    private readonly byte[] output = new byte[BatchLength];
    private readonly SM4Engine engine = new();
    private readonly long[][] samples = [new long[MaxSamples], new long[MaxSamples]];
    private readonly int[] counts = new int[2];
    private readonly byte[][] keys = [.. Enumerable.Range(0, Pool).Select(_ => new byte[16])];
    private readonly byte[][] batches = [.. Enumerable.Range(0, Pool).Select(_ => new byte[BatchLength])];
    private readonly int[] classes = new int[Pool];
    private byte[] fixedKey = [];
    private byte[] fixedBatch = [];
    private int next;

    /// <summary>SM4 path under test: BouncyCastle (table S-box) or the AES-NI lanes.</summary>
    [Params("Portable", "AesNi")]
    public string Path { get; set; } = "AesNi";

    /// <summary>FixedVsRandom is the test; RandomVsRandom is its control, where the "fixed" class is random as well.</summary>
    [Params("FixedVsRandom", "RandomVsRandom")]
    public string Classes { get; set; } = "FixedVsRandom";

    [GlobalSetup]
    public void Setup()
    {
        fixedKey = RandomNumberGenerator.GetBytes(16);
        fixedBatch = RandomNumberGenerator.GetBytes(BatchLength);
        DrawClasses();
    }

    /// <summary>One timed key schedule and batch: the next slot of the pool, of the class its coin chose.</summary>
    [Benchmark]
    public void FixedOrRandomClass()
    {
        next = (next + 1) % Pool;
        if (next == 0)
            DrawClasses();
        var started = Stopwatch.GetTimestamp();
        Encrypt(keys[next], batches[next]);
        var elapsed = Stopwatch.GetTimestamp() - started;
        var type = classes[next];
        if (counts[type] < MaxSamples)
            samples[type][counts[type]++] = elapsed;
    }

    /// <summary>Prints Welch's t between the classes, raw and cropped at the 50th and 90th percentiles of all times.</summary>
    [GlobalCleanup]
    public void Report()
    {
        var fixedTimes = samples[0].AsSpan(0, counts[0]).ToArray();
        var randomTimes = samples[1].AsSpan(0, counts[1]).ToArray();
        var all = fixedTimes.Concat(randomTimes).Order().ToArray();
        foreach (var percentile in new[] { 100, 90, 50 })
        {
            var crop = all[Math.Min(all.Length - 1, all.Length * percentile / 100)];
            long[] a = [.. fixedTimes.Where(x => x <= crop)], b = [.. randomTimes.Where(x => x <= crop)];
            var difference = (a.Average() - b.Average()) * 1e9 / Stopwatch.Frequency;
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"// dudect: path {Path}, {Classes}, times up to the {percentile}th percentile, {fixedTimes.Length} fixed / {randomTimes.Length} random calls, t = {WelchT(a, b):F2}, fixed − random = {difference:F2} ns"));
        }

        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"// dudect: path {Path}, {Classes}, p10/p50/p90 in ns: fixed {Quantiles(fixedTimes)}, random {Quantiles(randomTimes)}"));
    }

    // A first version kept one pool per class and timed each call on its class's pool, so the classes also differed in
    // where their inputs lay; this rules that out (at millions of calls both paths still show a sub-cycle difference,
    // docs/performance.md).
    private void DrawClasses()
    {
        for (var i = 0; i < Pool; i++)
        {
            classes[i] = Random.Shared.Next(2);
            if (classes[i] == 0 && Classes == "FixedVsRandom")
            {
                fixedKey.CopyTo(keys[i], 0);
                fixedBatch.CopyTo(batches[i], 0);
            }
            else
            {
                RandomNumberGenerator.Fill(keys[i]);
                RandomNumberGenerator.Fill(batches[i]);
            }
        }
    }

    private void Encrypt(byte[] key, byte[] blocks)
    {
        if (Path == nameof(Sm4Path.AesNi))
        {
            Sm4Blocks.Encrypt(Sm4Lanes.ExpandKey(key), blocks, output);
            return;
        }

        engine.Init(true, new KeyParameter(key));
        for (var offset = 0; offset < BatchLength; offset += 16)
            engine.ProcessBlock(blocks, offset, output, offset);
    }

    private static string Quantiles(long[] times)
    {
        var sorted = times.Order().ToArray();
        return string.Join('/', new[] { 10, 50, 90 }.Select(q => (sorted[sorted.Length * q / 100] * 1e9 / Stopwatch.Frequency).ToString("F0", CultureInfo.InvariantCulture)));
    }

    private static double WelchT(long[] a, long[] b)
    {
        var (meanA, varianceA) = Moments(a);
        var (meanB, varianceB) = Moments(b);
        return (meanA - meanB) / Math.Sqrt((varianceA / a.Length) + (varianceB / b.Length));
    }

    private static (double Mean, double Variance) Moments(long[] values)
    {
        var mean = values.Average();
        return (mean, values.Sum(v => (v - mean) * (v - mean)) / (values.Length - 1));
    }
}
