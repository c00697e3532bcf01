using System.Security.Cryptography;

namespace TenderHall.Crypto.Signing;

/// <summary>ECDSA P-256/SHA-256 verification via .NET; signatures are IEEE P1363 r||s.</summary>
internal sealed class EcdsaP256SignatureVerifier : SignatureVerifier
{
    private readonly ECDsa ecdsa;

    private EcdsaP256SignatureVerifier(byte[] raw, ECDsa ecdsa)
        : base(SignatureAlgorithm.EcdsaP256Sha256, raw) => this.ecdsa = ecdsa;

    public static EcdsaP256SignatureVerifier FromRaw(ReadOnlySpan<byte> raw)
    {
        var ecdsa = P256.Import(P256.PublicParameters(raw), ECDsa.Create);
        return new EcdsaP256SignatureVerifier(raw.ToArray(), ecdsa);
    }

    public override bool Verify(ReadOnlySpan<byte> data, ReadOnlySpan<byte> signature) =>
        signature.Length == 64 && ecdsa.VerifyData(data, signature, HashAlgorithmName.SHA256, DSASignatureFormat.IeeeP1363FixedFieldConcatenation);

    public override byte[] ExportSubjectPublicKeyInfo() => ecdsa.ExportSubjectPublicKeyInfo();
}
