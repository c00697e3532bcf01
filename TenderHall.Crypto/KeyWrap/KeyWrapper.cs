using System.Security.Cryptography;
using System.Text;
using Org.BouncyCastle.Crypto;
using Org.BouncyCastle.Crypto.Engines;
using Org.BouncyCastle.Crypto.Parameters;
using Org.BouncyCastle.Security;
using TenderHall.Crypto.Signing;

namespace TenderHall.Crypto.KeyWrap;

/// <summary>Wraps short secrets (content keys, key halves, shares) to a recipient's public key, per suite.</summary>
/// <remarks>
/// GM: SM2 public-key encryption (GB/T 32918.4), output C1(65) || C3(32) || C2(len).
/// International: ephemeral ECDH P-256, HKDF-SHA-256, AES-256-GCM; output EPK(65) || IV(12) || CT(len) || TAG(16).
/// </remarks>
public static class KeyWrapper
{
    /// <summary>HKDF "info" for the International suite (ASCII, no terminator).</summary>
    public const string HkdfInfo = "TenderHall key wrap v1 P-256 HKDF-SHA-256 AES-256-GCM";

    private const int PointLength = 65;
    private const int IvLength = 12;
    private const int TagLength = 16;
    private const int Sm3Length = 32;

    /// <summary>Encrypts <paramref name="secret"/> to <paramref name="recipient"/>.</summary>
    public static byte[] Wrap(EncryptionPublicKey recipient, ReadOnlySpan<byte> secret) => recipient.Suite switch
    {
        CryptoSuite.Gm => WrapSm2(recipient, secret),
        CryptoSuite.International => WrapEcdh(recipient, secret),
        _ => throw new ArgumentOutOfRangeException(nameof(recipient), recipient.Suite, "Unknown crypto suite."),
    };

    /// <summary>Decrypts a wrapped secret; throws <see cref="CryptographicException"/> when it was not wrapped to <paramref name="key"/> or was altered.</summary>
    public static byte[] Unwrap(EncryptionKeyPair key, ReadOnlySpan<byte> wrapped) => key.Suite switch
    {
        CryptoSuite.Gm => UnwrapSm2(key, wrapped),
        CryptoSuite.International => UnwrapEcdh(key, wrapped),
        _ => throw new ArgumentOutOfRangeException(nameof(key), key.Suite, "Unknown crypto suite."),
    };

    /// <summary>Length of the wrapped form of a <paramref name="secretLength"/>-byte secret: +97 bytes (GM), +93 bytes (International).</summary>
    public static int WrappedLength(CryptoSuite suite, int secretLength) =>
        suite == CryptoSuite.Gm ? PointLength + Sm3Length + secretLength : PointLength + IvLength + secretLength + TagLength;

    private static byte[] WrapSm2(EncryptionPublicKey recipient, ReadOnlySpan<byte> secret)
    {
        var engine = new SM2Engine(SM2Engine.Mode.C1C3C2);
        var publicKey = new ECPublicKeyParameters(Sm2Curve.DecodePoint(recipient.Raw), Sm2Curve.Domain);
        engine.Init(true, new ParametersWithRandom(publicKey, new SecureRandom()));
        return engine.ProcessBlock(secret.ToArray(), 0, secret.Length);
    }

    private static byte[] UnwrapSm2(EncryptionKeyPair key, ReadOnlySpan<byte> wrapped)
    {
        if (wrapped.Length < PointLength + Sm3Length)
            throw new CryptographicFormatException("An SM2 ciphertext is at least 97 bytes (C1 || C3).");
        var engine = new SM2Engine(SM2Engine.Mode.C1C3C2);
        engine.Init(false, new ECPrivateKeyParameters(key.PrivateScalar, Sm2Curve.Domain));
        try
        {
            return engine.ProcessBlock(wrapped.ToArray(), 0, wrapped.Length);
        }
        catch (Exception e) when (e is InvalidCipherTextException or ArgumentException or FormatException)
        {
            throw new CryptographicException("The SM2 ciphertext does not decrypt under this key.", e);
        }
    }

    private static byte[] WrapEcdh(EncryptionPublicKey recipient, ReadOnlySpan<byte> secret)
    {
        using var ephemeral = ECDiffieHellman.Create(ECCurve.NamedCurves.nistP256);
        var ephemeralRaw = P256.Raw(ephemeral.ExportParameters(false));
        using var peer = P256.Import(P256.PublicParameters(recipient.Raw), ECDiffieHellman.Create);
        var output = new byte[PointLength + IvLength + secret.Length + TagLength];
        ephemeralRaw.CopyTo(output, 0);
        var iv = output.AsSpan(PointLength, IvLength);
        RandomNumberGenerator.Fill(iv);
        var kek = DeriveKek(ephemeral.DeriveRawSecretAgreement(peer.PublicKey), ephemeralRaw, recipient.Raw);
        try
        {
            using var aes = new AesGcm(kek, TagLength);
            aes.Encrypt(iv, secret, output.AsSpan(PointLength + IvLength, secret.Length), output.AsSpan(output.Length - TagLength));
        }
        finally
        {
            CryptographicOperations.ZeroMemory(kek);
        }

        return output;
    }

    private static byte[] UnwrapEcdh(EncryptionKeyPair key, ReadOnlySpan<byte> wrapped)
    {
        if (wrapped.Length < PointLength + IvLength + TagLength)
            throw new CryptographicFormatException("An ECDH-wrapped key is at least 93 bytes (EPK || IV || TAG).");
        var ephemeralRaw = wrapped[..PointLength];
        using var peer = P256.Import(P256.PublicParameters(ephemeralRaw), ECDiffieHellman.Create);
        using var own = P256.Import(P256.PrivateParameters(key.PrivateScalarBytes, key.PublicKey.Raw), ECDiffieHellman.Create);
        var kek = DeriveKek(own.DeriveRawSecretAgreement(peer.PublicKey), ephemeralRaw, key.PublicKey.Raw);
        try
        {
            using var aes = new AesGcm(kek, TagLength);
            var ciphertext = wrapped[(PointLength + IvLength)..^TagLength];
            var secret = new byte[ciphertext.Length];
            aes.Decrypt(wrapped.Slice(PointLength, IvLength), ciphertext, wrapped[^TagLength..], secret);
            return secret;
        }
        finally
        {
            CryptographicOperations.ZeroMemory(kek);
        }
    }

    // salt = EPK || recipient public key binds the key-encryption key to both ends of the exchange.
    private static byte[] DeriveKek(byte[] sharedSecret, ReadOnlySpan<byte> ephemeralRaw, ReadOnlySpan<byte> recipientRaw)
    {
        Span<byte> salt = stackalloc byte[2 * PointLength];
        ephemeralRaw.CopyTo(salt);
        recipientRaw.CopyTo(salt[PointLength..]);
        var kek = new byte[32];
        HKDF.DeriveKey(HashAlgorithmName.SHA256, sharedSecret, kek, salt, Encoding.ASCII.GetBytes(HkdfInfo));
        CryptographicOperations.ZeroMemory(sharedSecret);
        return kek;
    }
}
