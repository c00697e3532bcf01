using System.Security.Cryptography;
using System.Text;
using Org.BouncyCastle.Crypto.Engines;
using Org.BouncyCastle.Crypto.Parameters;
using Org.BouncyCastle.Math;
using TenderHall.Crypto.KeyWrap;

namespace TenderHall.Crypto.Tests.KeyWrap;

public sealed class KeyWrapperTests
{
    [Fact]
    public void Sm2_standard_c1c3c2_ciphertext_unwraps_to_the_message()
    {
        var v = TestVectors.Load("sm2.json").GetProperty("encryption_vectors").EnumerateArray()
            .Single(e => e.Text("curve").StartsWith("sm2p256v1", StringComparison.Ordinal));
        using var key = EncryptionKeyPair.FromPrivateKey(CryptoSuite.Gm, v.Hex("private_key_d"));
        Assert.Equal([0x04, .. v.Hex("public_key_x"), .. v.Hex("public_key_y")], key.PublicKey.Raw);
        Assert.Equal("encryption standard", Encoding.ASCII.GetString(KeyWrapper.Unwrap(key, v.Hex("ciphertext_C1C3C2"))));
        Assert.ThrowsAny<CryptographicException>(() => KeyWrapper.Unwrap(key, v.Hex("ciphertext_C1C2C3")));
    }

    [Theory]
    [InlineData(CryptoSuite.Gm)]
    [InlineData(CryptoSuite.International)]
    public void Wrapped_key_unwraps_only_with_the_recipient_key(CryptoSuite suite)
    {
        using var recipient = EncryptionKeyPair.Generate(suite);
        using var other = EncryptionKeyPair.Generate(suite);
        var secret = RandomNumberGenerator.GetBytes(32);
        var wrapped = KeyWrapper.Wrap(recipient.PublicKey, secret);
        Assert.Equal(KeyWrapper.WrappedLength(suite, 32), wrapped.Length);
        Assert.Equal(secret, KeyWrapper.Unwrap(recipient, wrapped));
        Assert.ThrowsAny<CryptographicException>(() => KeyWrapper.Unwrap(other, wrapped));
    }

    [Theory]
    [InlineData(CryptoSuite.Gm)]
    [InlineData(CryptoSuite.International)]
    public void Any_altered_byte_of_a_wrapped_key_is_refused(CryptoSuite suite)
    {
        using var recipient = EncryptionKeyPair.Generate(suite);
        var wrapped = KeyWrapper.Wrap(recipient.PublicKey, RandomNumberGenerator.GetBytes(16));
        for (var i = 0; i < wrapped.Length; i++)
        {
            var tampered = (byte[])wrapped.Clone();
            tampered[i] ^= 0x01;
            Assert.ThrowsAny<CryptographicException>(() => KeyWrapper.Unwrap(recipient, tampered));
        }
    }

    [Fact]
    public void International_wrap_follows_the_documented_webcrypto_recipe()
    {
        // Re-derive by hand what docs/crypto.md tells a browser to do: ECDH raw secret, HKDF(salt = EPK || RPK, info), AES-GCM.
        using var recipient = EncryptionKeyPair.Generate(CryptoSuite.International);
        var secret = RandomNumberGenerator.GetBytes(32);
        var wrapped = KeyWrapper.Wrap(recipient.PublicKey, secret);
        var epk = wrapped[..65];
        using var own = ECDiffieHellman.Create(new ECParameters
        {
            Curve = ECCurve.NamedCurves.nistP256,
            D = recipient.ExportPrivateKey(),
            Q = new ECPoint { X = recipient.PublicKey.Raw[1..33], Y = recipient.PublicKey.Raw[33..] },
        });
        using var peer = ECDiffieHellman.Create(new ECParameters { Curve = ECCurve.NamedCurves.nistP256, Q = new ECPoint { X = epk[1..33], Y = epk[33..] } });
        var shared = own.DeriveRawSecretAgreement(peer.PublicKey);
        var kek = HKDF.DeriveKey(HashAlgorithmName.SHA256, shared, 32, [.. epk, .. recipient.PublicKey.Raw], Encoding.ASCII.GetBytes("TenderHall key wrap v1 P-256 HKDF-SHA-256 AES-256-GCM"));
        using var aes = new AesGcm(kek, 16);
        var plain = new byte[32];
        aes.Decrypt(wrapped[65..77], wrapped[77..^16], wrapped[^16..], plain);
        Assert.Equal(secret, plain);
    }

    [Fact]
    public void Gm_wrap_is_readable_by_a_plain_bouncycastle_sm2_engine_in_c1c3c2_mode()
    {
        using var recipient = EncryptionKeyPair.Generate(CryptoSuite.Gm);
        var secret = RandomNumberGenerator.GetBytes(16);
        var wrapped = KeyWrapper.Wrap(recipient.PublicKey, secret);
        var curve = Org.BouncyCastle.Asn1.GM.GMNamedCurves.GetByName("sm2p256v1");
        var engine = new SM2Engine(SM2Engine.Mode.C1C3C2);
        engine.Init(false, new ECPrivateKeyParameters(new BigInteger(1, recipient.ExportPrivateKey()), new ECDomainParameters(curve)));
        Assert.Equal(secret, engine.ProcessBlock(wrapped, 0, wrapped.Length));
    }
}
