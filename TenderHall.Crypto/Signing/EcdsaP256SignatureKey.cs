using System.Security.Cryptography;

namespace TenderHall.Crypto.Signing;

/// <summary>ECDSA P-256/SHA-256 signing key held by .NET (OpenSSL/CNG).</summary>
internal sealed class EcdsaP256SignatureKey : SignatureKey
{
    private readonly ECDsa ecdsa;
    private readonly SignatureVerifier verifier;

    private EcdsaP256SignatureKey(ECDsa ecdsa)
    {
        this.ecdsa = ecdsa;
        verifier = EcdsaP256SignatureVerifier.FromRaw(P256.Raw(ecdsa.ExportParameters(false)));
    }

    public override SignatureVerifier Verifier => verifier;

    public static EcdsaP256SignatureKey Generate() => new(ECDsa.Create(ECCurve.NamedCurves.nistP256));

    public static EcdsaP256SignatureKey Import(ReadOnlySpan<byte> d) => new(ECDsa.Create(P256.PrivateParameters(d)));

    public override byte[] Sign(ReadOnlySpan<byte> data) =>
        ecdsa.SignData(data, HashAlgorithmName.SHA256, DSASignatureFormat.IeeeP1363FixedFieldConcatenation);

    public override byte[] ExportPrivateKey() => ecdsa.ExportParameters(true).D!;

    protected override void Dispose(bool disposing)
    {
        if (disposing)
            ecdsa.Dispose();
        base.Dispose(disposing);
    }
}
