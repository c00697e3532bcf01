using System.Security.Cryptography;
using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Configs;
using TenderHall.Crypto;
using TenderHall.Crypto.Envelopes;
using TenderHall.Crypto.KeyWrap;
using TenderHall.Crypto.Sm4;

namespace TenderHall.Benchmarks.Envelopes;

/// <summary>
/// GM envelopes (SM4-GCM on the CPU's best path) against raw BouncyCastle SM4-GCM over the same 64 segments of 1 MiB in
/// memory, opening and sealing, in the same run; the raw SIMD SM4-GCM shows what the envelope adds on top.
/// </summary>
[MemoryDiagnoser]
[GroupBenchmarksBy(BenchmarkLogicalGroupRule.ByCategory)]
[CategoriesColumn]
public class GmEnvelopeBenchmarks
{
    private const int SegmentSize = 1 << 20;
    private const int Segments = 64;
    private static readonly byte[] Aad = new byte[32];
    private byte[] plaintext = null!;
    private EncryptionKeyPair opening = null!;
    private byte[] envelope = null!;
    private byte[] rawKey = null!;
    private byte[][] rawSegments = null!;
    private byte[] buffer = null!;

    /// <summary>Seals the payload once and prepares raw sealed segments of the same sizes.</summary>
    [GlobalSetup]
    public void Setup()
    {
        plaintext = RandomNumberGenerator.GetBytes(Segments * SegmentSize);
        opening = EncryptionKeyPair.Generate(CryptoSuite.Gm);
        using var sealedStream = new MemoryStream();
        SealedEnvelope.SealAsync(new MemoryStream(plaintext), sealedStream, Options()).GetAwaiter().GetResult();
        envelope = sealedStream.ToArray();

        rawKey = RandomNumberGenerator.GetBytes(16);
        var bc = new BouncyCastleSm4Gcm(rawKey);
        rawSegments = new byte[Segments][];
        for (var i = 0; i < Segments; i++)
        {
            rawSegments[i] = new byte[SegmentSize + 16];
            bc.Seal(Nonce(i), plaintext.AsSpan(i * SegmentSize, SegmentSize), rawSegments[i], Aad);
        }

        buffer = new byte[SegmentSize + 16];
    }

    [Benchmark(Baseline = true), BenchmarkCategory("Open")]
    public void RawBouncyCastleOpen()
    {
        var bc = new BouncyCastleSm4Gcm(rawKey);
        for (var i = 0; i < Segments; i++)
            bc.Open(Nonce(i), rawSegments[i], buffer, Aad);
    }

    [Benchmark, BenchmarkCategory("Open")]
    public void RawSimdOpen()
    {
        using var gcm = new Sm4Gcm(rawKey, Sm4Cpu.Best);
        for (var i = 0; i < Segments; i++)
        {
            if (!gcm.TryDecrypt(Nonce(i), rawSegments[i].AsSpan(0, SegmentSize), rawSegments[i].AsSpan(SegmentSize), buffer, Aad))
                throw new CryptographicException("Raw segment failed authentication.");
        }
    }

    [Benchmark, BenchmarkCategory("Open")]
    public Task<EnvelopeHeader> OpenEnvelope() => SealedEnvelope.OpenAsync(new MemoryStream(envelope, false), Stream.Null, [opening]);

    [Benchmark(Baseline = true), BenchmarkCategory("Seal")]
    public void RawBouncyCastleSeal()
    {
        var bc = new BouncyCastleSm4Gcm(rawKey);
        for (var i = 0; i < Segments; i++)
            bc.Seal(Nonce(i), plaintext.AsSpan(i * SegmentSize, SegmentSize), buffer, Aad);
    }

    [Benchmark, BenchmarkCategory("Seal")]
    public void RawSimdSeal()
    {
        using var gcm = new Sm4Gcm(rawKey, Sm4Cpu.Best);
        for (var i = 0; i < Segments; i++)
            gcm.Encrypt(Nonce(i), plaintext.AsSpan(i * SegmentSize, SegmentSize), buffer.AsSpan(0, SegmentSize), buffer.AsSpan(SegmentSize), Aad);
    }

    [Benchmark, BenchmarkCategory("Seal")]
    public Task<SealedEnvelopeInfo> SealEnvelope() => SealedEnvelope.SealAsync(new MemoryStream(plaintext, false), Stream.Null, Options());

    [GlobalCleanup]
    public void Cleanup() => opening.Dispose();

    private EnvelopeSealOptions Options() => new() { TenderId = "T", BidderId = "B", OpeningKey = opening.PublicKey, SegmentSize = SegmentSize };

    private static byte[] Nonce(int index)
    {
        var nonce = new byte[12];
        System.Buffers.Binary.BinaryPrimitives.WriteInt32BigEndian(nonce.AsSpan(7), index);
        return nonce;
    }
}
