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
/// block function on each path, run by BenchmarkDotNet: every invocation picks the fixed class (copies of one key and one
/// batch of 32 blocks) or the random class (fresh keys and batches), both from pools of the same size, by a coin toss and times that one call, so
/// drift in the machine's load falls on both classes alike. At the end Welch's t over the two classes' times is
/// printed (`// dudect:` lines in the log), raw and cropped at percentiles as dudect does; |t| above 4.5 says the
/// time depends on the secret inputs. A benchmark to read, never a timed assert.
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
    private byte[][] fixedKeys = [];
    private byte[][] fixedBlocks = [];
    private byte[][] randomKeys = [];
    private byte[][] randomBlocks = [];
    private int next;

    /// <summary>SM4 path under test: BouncyCastle (table S-box) or the AES-NI lanes.</summary>
    [Params("Portable", "AesNi")]
    public string Path { get; set; } = "AesNi";

    [GlobalSetup]
    public void Setup()
    {
        // The fixed class is as many copies of one key and batch as the random pool has entries, so both classes read
        // their inputs from memory the same way and only the values differ.
        var key = RandomNumberGenerator.GetBytes(16);
        var blocks = RandomNumberGenerator.GetBytes(BatchLength);
        fixedKeys = [.. Enumerable.Range(0, Pool).Select(_ => (byte[])key.Clone())];
        fixedBlocks = [.. Enumerable.Range(0, Pool).Select(_ => (byte[])blocks.Clone())];
        randomKeys = [.. Enumerable.Range(0, Pool).Select(_ => RandomNumberGenerator.GetBytes(16))];
        randomBlocks = [.. Enumerable.Range(0, Pool).Select(_ => RandomNumberGenerator.GetBytes(BatchLength))];
    }

    /// <summary>One timed key schedule and batch of the class the coin chose.</summary>
    [Benchmark]
    public void FixedOrRandomClass()
    {
        var random = Random.Shared.Next(2);
        next = (next + 1) % Pool;
        var key = random == 1 ? randomKeys[next] : fixedKeys[next];
        var blocks = random == 1 ? randomBlocks[next] : fixedBlocks[next];
        var started = Stopwatch.GetTimestamp();
        Encrypt(key, blocks);
        var elapsed = Stopwatch.GetTimestamp() - started;
        if (counts[random] < MaxSamples)
            samples[random][counts[random]++] = elapsed;
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
            var t = WelchT([.. fixedTimes.Where(x => x <= crop)], [.. randomTimes.Where(x => x <= crop)]);
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"// dudect: path {Path}, times up to the {percentile}th percentile, {fixedTimes.Length} fixed / {randomTimes.Length} random calls, t = {t:F2}"));
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
