using Org.BouncyCastle.Asn1;
using Org.BouncyCastle.Asn1.EdEC;
using Org.BouncyCastle.Asn1.GM;
using Org.BouncyCastle.Asn1.Sec;
using Org.BouncyCastle.Asn1.X509;
using Org.BouncyCastle.Asn1.X9;

namespace TenderHall.Crypto.Signing;

/// <summary>A public signature key: verifies signatures and exports its encodings.</summary>
public abstract class SignatureVerifier
{
    private protected SignatureVerifier(SignatureAlgorithm algorithm, byte[] rawPublicKey)
    {
        Algorithm = algorithm;
        RawPublicKey = rawPublicKey;
        KeyId = Crypto.KeyId.Compute(rawPublicKey);
    }

    /// <summary>The signature algorithm.</summary>
    public SignatureAlgorithm Algorithm { get; }

    /// <summary>Raw public key: 0x04||X||Y (65 bytes) for SM2 and P-256, 32 bytes for Ed25519.</summary>
    public byte[] RawPublicKey { get; }

    /// <summary>First 8 bytes of SHA-256 of <see cref="RawPublicKey"/>.</summary>
    public byte[] KeyId { get; }

    /// <summary>True when <paramref name="signature"/> is a valid signature of <paramref name="data"/>.</summary>
    public abstract bool Verify(ReadOnlySpan<byte> data, ReadOnlySpan<byte> signature);

    /// <summary>DER SubjectPublicKeyInfo (the WebCrypto "spki" export for P-256).</summary>
    public abstract byte[] ExportSubjectPublicKeyInfo();

    /// <summary>Imports a raw public key; <paramref name="sm2UserId"/> applies to SM2 only.</summary>
    public static SignatureVerifier ImportRaw(SignatureAlgorithm algorithm, ReadOnlySpan<byte> rawPublicKey, string? sm2UserId = null) =>
        algorithm switch
        {
            SignatureAlgorithm.Sm2Sm3 => new Sm2SignatureVerifier(rawPublicKey.ToArray(), sm2UserId ?? Sm2Curve.DefaultUserId),
            SignatureAlgorithm.EcdsaP256Sha256 => EcdsaP256SignatureVerifier.FromRaw(rawPublicKey),
            SignatureAlgorithm.Ed25519 => new Ed25519SignatureVerifier(rawPublicKey.ToArray()),
            _ => throw new ArgumentOutOfRangeException(nameof(algorithm), algorithm, "Unknown signature algorithm."),
        };

    /// <summary>Imports a DER SubjectPublicKeyInfo; the algorithm is read from its OIDs.</summary>
    public static SignatureVerifier ImportSubjectPublicKeyInfo(ReadOnlySpan<byte> der, string? sm2UserId = null)
    {
        SubjectPublicKeyInfo info;
        try
        {
            info = SubjectPublicKeyInfo.GetInstance(Asn1Object.FromByteArray(der.ToArray()));
        }
        catch (Exception e) when (e is ArgumentException or IOException or InvalidCastException)
        {
            throw new CryptographicFormatException("The SubjectPublicKeyInfo is not valid DER.", e);
        }

        var raw = info.PublicKey.GetOctets();
        var oid = info.Algorithm.Algorithm;
        if (oid.Equals(EdECObjectIdentifiers.id_Ed25519))
            return ImportRaw(SignatureAlgorithm.Ed25519, raw);
        if (!oid.Equals(X9ObjectIdentifiers.IdECPublicKey) || info.Algorithm.Parameters is not DerObjectIdentifier curve)
            throw new CryptographicFormatException($"Unsupported public key algorithm {oid}.");
        if (curve.Equals(GMObjectIdentifiers.sm2p256v1))
            return ImportRaw(SignatureAlgorithm.Sm2Sm3, raw, sm2UserId);
        if (curve.Equals(SecObjectIdentifiers.SecP256r1))
            return ImportRaw(SignatureAlgorithm.EcdsaP256Sha256, raw);
        throw new CryptographicFormatException($"Unsupported elliptic curve {curve}.");
    }
}
