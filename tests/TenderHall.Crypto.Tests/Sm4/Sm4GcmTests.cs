using CsCheck;
using Org.BouncyCastle.Crypto.Engines;
using Org.BouncyCastle.Crypto.Modes;
using Org.BouncyCastle.Crypto.Parameters;
using TenderHall.Crypto.Envelopes;
using TenderHall.Crypto.Sm4;

namespace TenderHall.Crypto.Tests.Sm4;

public sealed class Sm4GcmTests
{
    // Block (16), GHASH group (128), counter batch (256) and segment (64 KiB, 1 MiB) boundaries, each ±1.
    private static readonly int[] BoundaryLengths = [0, 1, 15, 16, 17, 127, 128, 129, 255, 256, 257, 4095, 4096, 4097, 65535, 65536, 65537, 1048575, 1048576, 1048577];

    // By name: the path enum is internal to the crypto assembly.
    public static TheoryData<string> Paths => [.. Sm4Cpu.Supported.Select(p => p.ToString())];

    [Theory]
    [MemberData(nameof(Paths))]
    public void Rfc8998_sm4_gcm_vector_seals_and_opens_on_every_path(string pathName)
    {
        var path = Enum.Parse<Sm4Path>(pathName);
        var v = Sm4Vectors.Gcm();
        using var cipher = SegmentCipher.Create(CryptoSuite.Gm, v.Hex("key"), path);
        var plaintext = v.Hex("plaintext");
        var output = new byte[plaintext.Length + 16];
        cipher.Encrypt(v.Hex("iv"), plaintext, output, v.Hex("aad"));
        Assert.Equal([.. v.Hex("ciphertext"), .. v.Hex("tag")], output);
        var decrypted = new byte[plaintext.Length];
        Assert.True(cipher.TryDecrypt(v.Hex("iv"), output, decrypted, v.Hex("aad")));
        Assert.Equal(plaintext, decrypted);
    }

    [Theory]
    [MemberData(nameof(Paths))]
    public void Random_keys_nonces_lengths_and_associated_data_match_bouncycastle_on_every_path(string pathName)
    {
        var path = Enum.Parse<Sm4Path>(pathName);
        var length = Gen.Frequency((3, Gen.Int[0, 5000]), (1, Gen.Int[0, BoundaryLengths.Length - 1].Select(i => BoundaryLengths[i])));
        Gen.Select(Gen.Byte.Array[16], Gen.Byte.Array[12], Gen.Byte.Array[0, 80], length).Sample((key, nonce, aad, size) =>
        {
            var plaintext = new byte[size];
            Random.Shared.NextBytes(plaintext);
            var expected = BouncyCastleSeal(key, nonce, aad, plaintext);

            using var cipher = SegmentCipher.Create(CryptoSuite.Gm, key, path);
            var output = new byte[size + 16];
            cipher.Encrypt(nonce, plaintext, output, aad);
            Assert.Equal(expected, output);

            // Sealed in place where the path allows it, as the envelope does: the plaintext read into the frame it becomes.
            if (cipher.EncryptsInPlace)
            {
                var frame = new byte[size + 16];
                plaintext.CopyTo(frame, 0);
                cipher.Encrypt(nonce, frame.AsSpan(0, size), frame, aad);
                Assert.Equal(expected, frame);
            }

            // Opened in place where the path allows it, as the envelope does.
            var opened = cipher.DecryptsInPlace ? output : new byte[size];
            Assert.True(cipher.TryDecrypt(nonce, output, opened, aad));
            Assert.Equal(plaintext, opened.AsSpan(0, size).ToArray());
        }, iter: 150);
    }

    [Theory]
    [MemberData(nameof(Paths))]
    public void Any_altered_bit_of_ciphertext_tag_nonce_or_associated_data_fails_on_every_path(string pathName)
    {
        var path = Enum.Parse<Sm4Path>(pathName);
        Gen.Select(Gen.Byte.Array[16], Gen.Int[0, 600], Gen.Int[0, 3], Gen.Int[0, int.MaxValue]).Sample((key, size, part, position) =>
        {
            var nonce = new byte[12];
            var aad = new byte[33];
            Random.Shared.NextBytes(aad);
            var sealedBytes = BouncyCastleSeal(key, nonce, aad, new byte[size]);
            var target = part switch { 0 => sealedBytes.AsSpan(0, size), 1 => sealedBytes.AsSpan(size), 2 => nonce, _ => aad };
            if (target.IsEmpty)
                target = sealedBytes.AsSpan(size);
            target[position % target.Length] ^= (byte)(1 << (position % 8));

            using var cipher = SegmentCipher.Create(CryptoSuite.Gm, key, path);
            Assert.False(cipher.TryDecrypt(nonce, sealedBytes, new byte[size], aad));
        }, iter: 200);
    }

    [Fact]
    public void Simd_path_wipes_the_plaintext_when_the_tag_fails()
    {
        var key = new byte[16];
        var nonce = new byte[12];
        var sealedBytes = BouncyCastleSeal(key, nonce, [], [.. Enumerable.Repeat((byte)0x5A, 300)]);
        sealedBytes[^1] ^= 0x80;
        using var gcm = new Sm4Gcm(key, Sm4Path.AesNi);
        var plaintext = new byte[300];
        Assert.False(gcm.TryDecrypt(nonce, sealedBytes.AsSpan(0, 300), sealedBytes.AsSpan(300), plaintext, []));
        Assert.All(plaintext, b => Assert.Equal(0, b));
    }

    [Fact]
    public void Simd_path_refuses_nonces_other_than_twelve_bytes_and_keys_other_than_sixteen()
    {
        Assert.Throws<ArgumentException>(() => new Sm4Gcm(new byte[32], Sm4Path.AesNi));
        using var gcm = new Sm4Gcm(new byte[16], Sm4Path.AesNi);
        Assert.Throws<ArgumentException>(() => gcm.Encrypt(new byte[16], [], [], new byte[16], []));
        Assert.Throws<PlatformNotSupportedException>(() => new Sm4Gcm(new byte[16], Sm4Path.Portable));
    }

    private static byte[] BouncyCastleSeal(byte[] key, byte[] nonce, byte[] aad, byte[] plaintext)
    {
        var gcm = new GcmBlockCipher(new SM4Engine());
        gcm.Init(true, new AeadParameters(new KeyParameter(key), 128, nonce, aad));
        var output = new byte[plaintext.Length + 16];
        var written = gcm.ProcessBytes(plaintext, 0, plaintext.Length, output, 0);
        gcm.DoFinal(output, written);
        return output;
    }
}
