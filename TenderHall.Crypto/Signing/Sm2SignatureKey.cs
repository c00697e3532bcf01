using System.Text;
using Org.BouncyCastle.Crypto.Digests;
using Org.BouncyCastle.Crypto.Parameters;
using Org.BouncyCastle.Crypto.Signers;
using Org.BouncyCastle.Math;
using Org.BouncyCastle.Security;

namespace TenderHall.Crypto.Signing;

/// <summary>SM2-with-SM3 signing key on sm2p256v1.</summary>
internal sealed class Sm2SignatureKey : SignatureKey
{
    private readonly ECPrivateKeyParameters privateKey;
    private readonly Sm2SignatureVerifier verifier;

    private Sm2SignatureKey(BigInteger d, string userId)
    {
        privateKey = new ECPrivateKeyParameters(d, Sm2Curve.Domain);
        verifier = new Sm2SignatureVerifier(Sm2Curve.EncodePoint(Sm2Curve.PublicPoint(d)), userId);
    }

    public override SignatureVerifier Verifier => verifier;

    public static Sm2SignatureKey Generate(string userId) => new(Sm2Scalar.Random(), userId);

    public static Sm2SignatureKey Import(ReadOnlySpan<byte> d, string userId) => new(Sm2Scalar.Parse(d), userId);

    public override byte[] Sign(ReadOnlySpan<byte> data)
    {
        var signer = new SM2Signer(PlainDsaEncoding.Instance, new SM3Digest());
        // BouncyCastle expects the ID outermost: ID(Random(key)).
        var withRandom = new ParametersWithRandom(privateKey, new SecureRandom());
        signer.Init(true, new ParametersWithID(withRandom, Encoding.UTF8.GetBytes(verifier.UserId)));
        signer.BlockUpdate(data);
        return signer.GenerateSignature();
    }

    public override byte[] ExportPrivateKey() => privateKey.D.ToByteArrayUnsigned().AsSpan().PadLeft32();
}
