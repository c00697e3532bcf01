using Org.BouncyCastle.Crypto.Digests;
using Org.BouncyCastle.Crypto.Parameters;
using Org.BouncyCastle.Crypto.Signers;
using Org.BouncyCastle.Pkcs;
using Org.BouncyCastle.X509;

namespace TenderHall.Crypto.Signing;

/// <summary>SM2-with-SM3 verification (GB/T 32918.2) with a user ID; signatures are r||s.</summary>
internal sealed class Sm2SignatureVerifier : SignatureVerifier
{
    private readonly ECPublicKeyParameters publicKey;

    public Sm2SignatureVerifier(byte[] rawPublicKey, string userId)
        : base(SignatureAlgorithm.Sm2Sm3, rawPublicKey)
    {
        publicKey = new ECPublicKeyParameters(Sm2Curve.DecodePoint(rawPublicKey), Sm2Curve.Domain);
        UserId = userId;
    }

    public string UserId { get; }

    public override bool Verify(ReadOnlySpan<byte> data, ReadOnlySpan<byte> signature)
    {
        if (signature.Length != 64)
            return false;
        var signer = new SM2Signer(PlainDsaEncoding.Instance, new SM3Digest());
        signer.Init(false, new ParametersWithID(publicKey, System.Text.Encoding.UTF8.GetBytes(UserId)));
        signer.BlockUpdate(data);
        return signer.VerifySignature(signature.ToArray());
    }

    public override byte[] ExportSubjectPublicKeyInfo() =>
        SubjectPublicKeyInfoFactory.CreateSubjectPublicKeyInfo(publicKey).GetDerEncoded();
}
