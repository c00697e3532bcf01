using Org.BouncyCastle.Crypto.Engines;
using Org.BouncyCastle.Crypto.Parameters;
using TenderHall.Crypto.Envelopes;

namespace TenderHall.Crypto.Tests.Envelopes;

public sealed class SegmentCipherTests
{
    [Fact]
    public void Gm_segment_cipher_matches_the_rfc8998_sm4_gcm_vector()
    {
        var v = Sm4Vectors().Single(e => e.TryGetProperty("mode", out _));
        using var cipher = SegmentCipher.Create(CryptoSuite.Gm, v.Hex("key"));
        var plaintext = v.Hex("plaintext");
        var output = new byte[plaintext.Length + 16];
        cipher.Encrypt(v.Hex("iv"), plaintext, output, v.Hex("aad"));
        Assert.Equal([.. v.Hex("ciphertext"), .. v.Hex("tag")], output);

        var decrypted = new byte[plaintext.Length];
        Assert.True(cipher.TryDecrypt(v.Hex("iv"), output, decrypted, v.Hex("aad")));
        Assert.Equal(plaintext, decrypted);
        output[0] ^= 1;
        Assert.False(cipher.TryDecrypt(v.Hex("iv"), output, decrypted, v.Hex("aad")));
    }

    [Fact]
    public void Sm4_block_cipher_under_the_gm_suite_matches_gbt32907_appendix_a()
    {
        foreach (var v in Sm4Vectors().Where(e => !e.TryGetProperty("mode", out _)))
        {
            var engine = new SM4Engine();
            engine.Init(true, new KeyParameter(v.Hex("key")));
            var block = v.Hex("plaintext");
            var iterations = v.TryGetProperty("iterations", out var count) ? count.GetInt32() : 1;
            for (var i = 0; i < iterations; i++)
                engine.ProcessBlock(block, 0, block, 0);
            Assert.Equal(v.Hex("ciphertext"), block);
        }
    }

    [Fact]
    public void Nonce_is_prefix_then_big_endian_index_then_final_flag()
    {
        var nonce = new byte[12];
        SegmentCipher.BuildNonce([1, 2, 3, 4, 5, 6, 7], 0x01020304, true, nonce);
        Assert.Equal([1, 2, 3, 4, 5, 6, 7, 1, 2, 3, 4, 1], nonce);
        SegmentCipher.BuildNonce([1, 2, 3, 4, 5, 6, 7], 5, false, nonce);
        Assert.Equal([1, 2, 3, 4, 5, 6, 7, 0, 0, 0, 5, 0], nonce);
    }

    private static IEnumerable<System.Text.Json.JsonElement> Sm4Vectors() =>
        TestVectors.Load("sm4.json").GetProperty("vectors").EnumerateArray();
}
