using System.Runtime.Intrinsics;
using System.Security.Cryptography;
using BenchmarkDotNet.Attributes;
using TenderHall.Crypto.Sm4;

namespace TenderHall.Benchmarks.Envelopes;

/// <summary>
/// Where a GM envelope's sealing time goes, each part over the same 64 segments of 1 MiB on one thread against raw
/// BouncyCastle SM4-GCM in the same run: SM4-GCM on the CPU's best path, its counter mode alone, its GHASH alone, the
/// envelope's SHA-256, and SM4-GCM on two threads at once (what a second core adds).
/// </summary>
[MemoryDiagnoser]
public class GmSealComponentBenchmarks
{
    private const int SegmentSize = 1 << 20;
    private const int Segments = 64;
    private static readonly byte[] Aad = new byte[32];
    private byte[] plaintext = null!;
    private byte[] key = null!;
    private byte[][] buffers = null!;

    [GlobalSetup]
    public void Setup()
    {
        plaintext = RandomNumberGenerator.GetBytes(Segments * SegmentSize);
        key = RandomNumberGenerator.GetBytes(16);
        buffers = [new byte[SegmentSize + 16], new byte[SegmentSize + 16]];
    }

    [Benchmark(Baseline = true)]
    public void RawBouncyCastleSeal()
    {
        var bc = new BouncyCastleSm4Gcm(key);
        for (var i = 0; i < Segments; i++)
            bc.Seal(Nonce(i), Segment(i), buffers[0], Aad);
    }

    [Benchmark]
    public void SimdSeal() => Seal(0, 1);

    [Benchmark]
    public void SimdSealOnTwoThreads() => Parallel.For(0, 2, thread => Seal(thread, 2));

    [Benchmark]
    public void CounterModeOnly()
    {
        var roundKeys = Sm4Lanes.ExpandKey(key);
        var nonce = Vector128.Create(1u, 2u, 3u, 0u);
        for (var i = 0; i < Segments; i++)
        {
            var segment = Segment(i);
            for (var offset = 0; offset < SegmentSize; offset += Sm4Blocks.BatchLength)
                Sm4Blocks.Ctr(roundKeys, nonce, 2 + (uint)(offset / 16), segment.Slice(offset, Sm4Blocks.BatchLength), buffers[0].AsSpan(offset, Sm4Blocks.BatchLength));
        }
    }

    [Benchmark]
    public Vector128<ulong> GhashOnly()
    {
        using var ghash = new Ghash(key, wide: Sm4Cpu.Best == Sm4Path.AesNiVpclmul);
        var y = Vector128<ulong>.Zero;
        for (var i = 0; i < Segments; i++)
        {
            var segment = Segment(i);
            for (var offset = 0; offset < SegmentSize; offset += Sm4Blocks.BatchLength)
                y = ghash.Update(y, segment.Slice(offset, Sm4Blocks.BatchLength));
        }

        return y;
    }

    [Benchmark]
    public byte[] EnvelopeSha256()
    {
        using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        for (var i = 0; i < Segments; i++)
            hash.AppendData(Segment(i));
        return hash.GetHashAndReset();
    }

    private void Seal(int first, int step)
    {
        using var gcm = new Sm4Gcm(key, Sm4Cpu.Best);
        var buffer = buffers[first];
        for (var i = first; i < Segments; i += step)
            gcm.Encrypt(Nonce(i), Segment(i), buffer.AsSpan(0, SegmentSize), buffer.AsSpan(SegmentSize), Aad);
    }

    private ReadOnlySpan<byte> Segment(int index) => plaintext.AsSpan(index * SegmentSize, SegmentSize);

    private static byte[] Nonce(int index)
    {
        var nonce = new byte[12];
        System.Buffers.Binary.BinaryPrimitives.WriteInt32BigEndian(nonce.AsSpan(7), index);
        return nonce;
    }
}
