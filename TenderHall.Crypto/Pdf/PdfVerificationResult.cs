using TenderHall.Crypto.Signing;

namespace TenderHall.Crypto.Pdf;

/// <summary>Every signature found in a PDF, each checked; the file is valid when it has one and all are valid.</summary>
public sealed record PdfVerificationResult(IReadOnlyList<PdfSignatureCheck> Signatures)
{
    /// <summary>At least one signature, and every signature covers the whole file and verifies.</summary>
    public bool IsValid => Signatures.Count > 0 && Signatures.All(s => s.IsValid);

    /// <summary><see cref="IsValid"/>, and each of <paramref name="keys"/> is among the signers.</summary>
    public bool IsSignedBy(IEnumerable<SignatureVerifier> keys) => IsValid && keys.All(k => Signatures.Any(s => s.IsBy(k)));
}
