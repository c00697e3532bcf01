using System.Text;
using TenderHall.Crypto.Signing;

namespace TenderHall.Crypto.Tests.Signing;

public sealed class SignatureTests
{
    [Fact]
    public void Ed25519_signatures_match_rfc8032_vectors()
    {
        foreach (var v in TestVectors.Load("ed25519-x25519.json").GetProperty("ed25519").GetProperty("vectors").EnumerateArray())
        {
            using var key = SignatureKey.Import(SignatureAlgorithm.Ed25519, v.Hex("secret_key"));
            Assert.Equal(v.Hex("public_key"), key.Verifier.RawPublicKey);
            Assert.Equal(v.Hex("signature"), key.Sign(v.Hex("message")));
            Assert.True(key.Verifier.Verify(v.Hex("message"), v.Hex("signature")));
        }
    }

    [Fact]
    public void Sm2_standard_vectors_verify_with_their_user_id_and_za()
    {
        foreach (var v in TestVectors.Load("sm2.json").GetProperty("signature_vectors").EnumerateArray().Where(v => v.Text("curve").StartsWith("sm2p256v1", StringComparison.Ordinal)))
        {
            byte[] raw = [0x04, .. v.Hex("public_key_x"), .. v.Hex("public_key_y")];
            var userId = v.Text("user_id_ascii");
            Assert.Equal(v.Hex("ZA"), Sm2Curve.ComputeZa(userId, raw));
            var verifier = SignatureVerifier.ImportRaw(SignatureAlgorithm.Sm2Sm3, raw, userId);
            var message = Encoding.ASCII.GetBytes(v.Text("message_ascii"));
            byte[] signature = [.. v.Hex("r"), .. v.Hex("s")];
            Assert.True(verifier.Verify(message, signature));
            Assert.False(verifier.Verify([.. message, 0x21], signature));
            Assert.False(SignatureVerifier.ImportRaw(SignatureAlgorithm.Sm2Sm3, raw, userId + "x").Verify(message, signature));

            using var key = SignatureKey.Import(SignatureAlgorithm.Sm2Sm3, v.Hex("private_key_d"), userId);
            Assert.Equal(raw, key.Verifier.RawPublicKey);
        }
    }

    [Fact]
    public void Sm2_default_user_id_is_1234567812345678()
    {
        var v = TestVectors.Load("sm2.json").GetProperty("signature_vectors")[1];
        byte[] raw = [0x04, .. v.Hex("public_key_x"), .. v.Hex("public_key_y")];
        var verifier = SignatureVerifier.ImportRaw(SignatureAlgorithm.Sm2Sm3, raw);
        Assert.True(verifier.Verify("message digest"u8, [.. v.Hex("r"), .. v.Hex("s")]));
    }

    [Theory]
    [InlineData(SignatureAlgorithm.Sm2Sm3)]
    [InlineData(SignatureAlgorithm.EcdsaP256Sha256)]
    [InlineData(SignatureAlgorithm.Ed25519)]
    public void Signatures_round_trip_and_fail_on_any_other_message(SignatureAlgorithm algorithm)
    {
        using var key = SignatureKey.Generate(algorithm);
        var signature = key.Sign("receipt 42"u8);
        Assert.Equal(64, signature.Length);
        Assert.True(key.Verifier.Verify("receipt 42"u8, signature));
        Assert.False(key.Verifier.Verify("receipt 43"u8, signature));
        signature[10] ^= 1;
        Assert.False(key.Verifier.Verify("receipt 42"u8, signature));
    }

    [Theory]
    [InlineData(SignatureAlgorithm.Sm2Sm3)]
    [InlineData(SignatureAlgorithm.EcdsaP256Sha256)]
    [InlineData(SignatureAlgorithm.Ed25519)]
    public void Public_keys_survive_spki_and_raw_export_with_the_same_key_id(SignatureAlgorithm algorithm)
    {
        using var key = SignatureKey.Generate(algorithm);
        var signature = key.Sign("document"u8);
        var fromSpki = SignatureVerifier.ImportSubjectPublicKeyInfo(key.Verifier.ExportSubjectPublicKeyInfo());
        var fromRaw = SignatureVerifier.ImportRaw(algorithm, key.Verifier.RawPublicKey);
        Assert.Equal(algorithm, fromSpki.Algorithm);
        Assert.Equal(key.Verifier.KeyId, fromSpki.KeyId);
        Assert.Equal(key.Verifier.KeyId, fromRaw.KeyId);
        Assert.True(fromSpki.Verify("document"u8, signature));
        Assert.True(fromRaw.Verify("document"u8, signature));
    }

    [Theory]
    [InlineData(SignatureAlgorithm.Sm2Sm3)]
    [InlineData(SignatureAlgorithm.EcdsaP256Sha256)]
    [InlineData(SignatureAlgorithm.Ed25519)]
    public void Exported_private_key_imports_to_the_same_key(SignatureAlgorithm algorithm)
    {
        using var key = SignatureKey.Generate(algorithm);
        using var again = SignatureKey.Import(algorithm, key.ExportPrivateKey());
        Assert.Equal(key.Verifier.RawPublicKey, again.Verifier.RawPublicKey);
        Assert.True(key.Verifier.Verify("x"u8, again.Sign("x"u8)));
    }

    [Fact]
    public void Key_id_is_the_first_8_bytes_of_sha256_of_the_raw_key()
    {
        using var key = SignatureKey.Generate(SignatureAlgorithm.Ed25519);
        Assert.Equal(System.Security.Cryptography.SHA256.HashData(key.Verifier.RawPublicKey)[..8], key.Verifier.KeyId);
    }

    [Fact]
    public void A_point_off_the_curve_is_refused()
    {
        var raw = new byte[65];
        raw[0] = 0x04;
        raw[64] = 1;
        Assert.Throws<CryptographicFormatException>(() => SignatureVerifier.ImportRaw(SignatureAlgorithm.Sm2Sm3, raw));
        Assert.Throws<CryptographicFormatException>(() => SignatureVerifier.ImportRaw(SignatureAlgorithm.EcdsaP256Sha256, raw));
    }
}
