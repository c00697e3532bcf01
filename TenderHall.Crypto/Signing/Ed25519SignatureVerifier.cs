using Org.BouncyCastle.Crypto.Parameters;
using Org.BouncyCastle.Crypto.Signers;
using Org.BouncyCastle.X509;

namespace TenderHall.Crypto.Signing;

/// <summary>Ed25519 verification (RFC 8032, pure) via BouncyCastle.</summary>
internal sealed class Ed25519SignatureVerifier : SignatureVerifier
{
    private readonly Ed25519PublicKeyParameters publicKey;

    public Ed25519SignatureVerifier(byte[] raw)
        : base(SignatureAlgorithm.Ed25519, raw)
    {
        if (raw.Length != 32)
            throw new CryptographicFormatException("An Ed25519 public key is 32 bytes.");
        try
        {
            publicKey = new Ed25519PublicKeyParameters(raw);
        }
        catch (ArgumentException e)
        {
            throw new CryptographicFormatException("The Ed25519 public key is not a valid point.", e);
        }
    }

    public override bool Verify(ReadOnlySpan<byte> data, ReadOnlySpan<byte> signature)
    {
        if (signature.Length != 64)
            return false;
        var signer = new Ed25519Signer();
        signer.Init(false, publicKey);
        signer.BlockUpdate(data);
        return signer.VerifySignature(signature.ToArray());
    }

    public override byte[] ExportSubjectPublicKeyInfo() =>
        SubjectPublicKeyInfoFactory.CreateSubjectPublicKeyInfo(publicKey).GetDerEncoded();
}
