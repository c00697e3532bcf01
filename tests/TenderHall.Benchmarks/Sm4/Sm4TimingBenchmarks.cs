using System.Security.Cryptography;
using BenchmarkDotNet.Attributes;
using Org.BouncyCastle.Crypto.Engines;
using Org.BouncyCastle.Crypto.Parameters;
using TenderHall.Crypto.Sm4;

namespace TenderHall.Benchmarks.Sm4;

/// <summary>
/// A dudect-style timing test (Reparaz, Balasch and Verbauwhede, "Dude, is my code constant time?", DATE 2017) of SM4's
/// key schedule and block function on each path: the fixed class repeats one key and one batch of blocks, the random
/// class has fresh ones, both pools the same size and walked the same way, so only the secret values differ. Welch's
/// t-test on the iteration samples (the StatisticalTest column) reports whether the classes' times differ by more than
/// the threshold; it is a benchmark to read, never a timed assert.
/// </summary>
[StatisticalTestColumn("0.5%")]
public class Sm4TimingBenchmarks
{
    private const int Pool = 256;
    private const int BatchLength = 512;
    private byte[][] fixedKeys = null!;
    private byte[][] fixedBlocks = null!;
    private byte[][] randomKeys = null!;
    private byte[][] randomBlocks = null!;
    private readonly byte[] output = new byte[BatchLength];

    /// <summary>SM4 path under test: BouncyCastle (table S-box) or the AES-NI lanes.</summary>
    [Params("Portable", "AesNi")]
    public string Path { get; set; } = "AesNi";

    [GlobalSetup]
    public void Setup()
    {
        var key = RandomNumberGenerator.GetBytes(16);
        var block = RandomNumberGenerator.GetBytes(BatchLength);
        fixedKeys = [.. Enumerable.Range(0, Pool).Select(_ => (byte[])key.Clone())];
        fixedBlocks = [.. Enumerable.Range(0, Pool).Select(_ => (byte[])block.Clone())];
        randomKeys = [.. Enumerable.Range(0, Pool).Select(_ => RandomNumberGenerator.GetBytes(16))];
        randomBlocks = [.. Enumerable.Range(0, Pool).Select(_ => RandomNumberGenerator.GetBytes(BatchLength))];
    }

    /// <summary>One key and one batch, repeated.</summary>
    [Benchmark(Baseline = true)]
    public void FixedKeyAndBlocks() => Run(fixedKeys, fixedBlocks);

    /// <summary>Fresh keys and batches.</summary>
    [Benchmark]
    public void RandomKeysAndBlocks() => Run(randomKeys, randomBlocks);

    private void Run(byte[][] keys, byte[][] blocks)
    {
        var simd = Path == nameof(Sm4Path.AesNi);
        var engine = new SM4Engine();
        for (var i = 0; i < Pool; i++)
        {
            if (simd)
            {
                Sm4Blocks.Encrypt(Sm4Lanes.ExpandKey(keys[i]), blocks[i], output);
                continue;
            }

            engine.Init(true, new KeyParameter(keys[i]));
            for (var offset = 0; offset < BatchLength; offset += 16)
                engine.ProcessBlock(blocks[i], offset, output, offset);
        }
    }
}
