using System.Security.Cryptography;
using Org.BouncyCastle.Asn1;
using Org.BouncyCastle.Asn1.GM;
using Org.BouncyCastle.Asn1.Sec;
using Org.BouncyCastle.Cms;
using Org.BouncyCastle.Crypto.Parameters;
using Org.BouncyCastle.Math;
using TenderHall.Crypto.Signing;

namespace TenderHall.Crypto.Pdf;

/// <summary>
/// BouncyCastle forms of a <see cref="SignatureKey"/> for CMS and X.509: key parameters and algorithm OIDs. SM2 needs
/// its signature OID named explicitly; ECDSA must not have one (BouncyCastle then writes a signature that neither it
/// nor pdfsig verifies).
/// </summary>
internal sealed record CmsKeys(ECPrivateKeyParameters PrivateKey, ECPublicKeyParameters PublicKey, string? EncryptionOid, string DigestOid, string CertificateAlgorithm)
{
    public static CmsKeys From(SignatureKey key)
    {
        if (key.Verifier is Sm2SignatureVerifier { UserId: not Sm2Curve.DefaultUserId })
            throw new ArgumentException("PDF signatures use SM2 with the default user ID (GM/T 0009), which CMS verifiers assume; this key has another one.", nameof(key));
        var d = key.ExportPrivateKey();
        try
        {
            var scalar = new BigInteger(1, d);
            return key.Algorithm switch
            {
                SignatureAlgorithm.EcdsaP256Sha256 => Create(scalar, SecObjectIdentifiers.SecP256r1, null, CmsSignedGenerator.DigestSha256, "SHA256WITHECDSA"),
                SignatureAlgorithm.Sm2Sm3 => Create(scalar, GMObjectIdentifiers.sm2p256v1, GMObjectIdentifiers.sm2sign_with_sm3.Id, GMObjectIdentifiers.sm3.Id, "SM3WITHSM2"),
                _ => throw new NotSupportedException($"PDF signatures support ECDSA P-256 and SM2/SM3, not {key.Algorithm}."),
            };
        }
        finally
        {
            CryptographicOperations.ZeroMemory(d);
        }
    }

    private static CmsKeys Create(BigInteger d, DerObjectIdentifier curve, string? encryption, string digest, string certificateAlgorithm)
    {
        var privateKey = new ECPrivateKeyParameters("EC", d, curve);
        var publicKey = new ECPublicKeyParameters("EC", privateKey.Parameters.G.Multiply(d).Normalize(), curve);
        return new CmsKeys(privateKey, publicKey, encryption, digest, certificateAlgorithm);
    }
}
