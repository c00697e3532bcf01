using System.Security.Cryptography;
using BenchmarkDotNet.Attributes;
using Org.BouncyCastle.Crypto.Engines;
using Org.BouncyCastle.Crypto.Modes;
using Org.BouncyCastle.Crypto.Parameters;
using TenderHall.Crypto;
using TenderHall.Crypto.Envelopes;
using TenderHall.Crypto.KeyWrap;

namespace TenderHall.Benchmarks.Envelopes;

/// <summary>Opening a 64 MiB envelope (1 MiB segments) against raw AEAD over the same segment bytes in memory.</summary>
[MemoryDiagnoser]
public class EnvelopeOpenBenchmarks
{
    private const int SegmentSize = 1 << 20;
    private const int Segments = 64;
    private EncryptionKeyPair opening = null!;
    private byte[] envelope = null!;
    private byte[] rawKey = null!;
    private byte[][] rawSegments = null!;
    private byte[] rawStream = null!;
    private byte[] output = null!;

    /// <summary>Suite under test.</summary>
    [Params(CryptoSuite.International, CryptoSuite.Gm)]
    public CryptoSuite Suite { get; set; }

    /// <summary>Seals the payload once and prepares raw AEAD segments with the same sizes.</summary>
    [GlobalSetup]
    public void Setup()
    {
        var plaintext = RandomNumberGenerator.GetBytes(Segments * SegmentSize);
        opening = EncryptionKeyPair.Generate(Suite);
        using var sealedStream = new MemoryStream();
        SealedEnvelope.SealAsync(new MemoryStream(plaintext), sealedStream, new EnvelopeSealOptions { TenderId = "T", BidderId = "B", OpeningKey = opening.PublicKey, SegmentSize = SegmentSize }).GetAwaiter().GetResult();
        envelope = sealedStream.ToArray();

        rawKey = RandomNumberGenerator.GetBytes(Suite == CryptoSuite.Gm ? 16 : 32);
        output = new byte[SegmentSize];
        rawSegments = new byte[Segments][];
        for (var i = 0; i < Segments; i++)
        {
            rawSegments[i] = new byte[SegmentSize + 16];
            var segment = plaintext.AsSpan(i * SegmentSize, SegmentSize);
            if (Suite == CryptoSuite.International)
            {
                using var aes = new AesGcm(rawKey, 16);
                aes.Encrypt(Nonce(i), segment, rawSegments[i].AsSpan(0, SegmentSize), rawSegments[i].AsSpan(SegmentSize), Aad);
            }
            else
            {
                var gcm = new GcmBlockCipher(new SM4Engine());
                gcm.Init(true, new AeadParameters(new KeyParameter(rawKey), 128, Nonce(i), Aad));
                var n = gcm.ProcessBytes(segment, rawSegments[i]);
                gcm.DoFinal(rawSegments[i].AsSpan(n));
            }
        }

        rawStream = [.. rawSegments.SelectMany(segment => segment)];
    }

    /// <summary>Raw AEAD decryption of the same 64 segments: .NET AesGcm (International) or BouncyCastle SM4-GCM (GM).</summary>
    [Benchmark(Baseline = true)]
    public void RawAead()
    {
        if (Suite == CryptoSuite.International)
        {
            using var aes = new AesGcm(rawKey, 16);
            for (var i = 0; i < Segments; i++)
                aes.Decrypt(Nonce(i), rawSegments[i].AsSpan(0, SegmentSize), rawSegments[i].AsSpan(SegmentSize), output, Aad);
        }
        else
        {
            var gcm = new GcmBlockCipher(new SM4Engine());
            var key = new KeyParameter(rawKey);
            for (var i = 0; i < Segments; i++)
            {
                gcm.Init(false, new AeadParameters(key, 128, Nonce(i), Aad));
                var n = gcm.ProcessBytes(rawSegments[i], output);
                gcm.DoFinal(output.AsSpan(n));
            }
        }
    }

    /// <summary>Raw AEAD again, but each segment is first read from a stream into a buffer, as any Stream-based consumer must.</summary>
    [Benchmark]
    public void RawAeadFromStream()
    {
        var stream = new MemoryStream(rawStream, false);
        var buffer = new byte[SegmentSize + 16];
        using var aes = Suite == CryptoSuite.International ? new AesGcm(rawKey, 16) : null;
        var gcm = new GcmBlockCipher(new SM4Engine());
        var key = new KeyParameter(rawKey);
        for (var i = 0; i < Segments; i++)
        {
            stream.ReadExactly(buffer);
            if (aes is not null)
            {
                aes.Decrypt(Nonce(i), buffer.AsSpan(0, SegmentSize), buffer.AsSpan(SegmentSize), output, Aad);
            }
            else
            {
                gcm.Init(false, new AeadParameters(key, 128, Nonce(i), Aad));
                var n = gcm.ProcessBytes(buffer, output);
                gcm.DoFinal(output.AsSpan(n));
            }
        }
    }

    /// <summary>Full envelope open: header parse, key unwrap, framing, decryption, output write.</summary>
    [Benchmark]
    public Task<EnvelopeHeader> OpenEnvelope() =>
        SealedEnvelope.OpenAsync(new MemoryStream(envelope, false), Stream.Null, [opening]);

    private static byte[] Aad { get; } = new byte[32];

    private static byte[] Nonce(int index)
    {
        var nonce = new byte[12];
        System.Buffers.Binary.BinaryPrimitives.WriteInt32BigEndian(nonce.AsSpan(7), index);
        return nonce;
    }
}
