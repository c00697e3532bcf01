using TenderHall.Crypto.Signing;

namespace TenderHall.Crypto.Pdf;

/// <summary>Every signature found in a PDF, each checked; the file is valid when it has one and all are valid.</summary>
public sealed record PdfVerificationResult(IReadOnlyList<PdfSignatureCheck> Signatures)
{
    /// <summary>Every signature verifies; the last covers the whole file, earlier ones their revision followed only by signatures.</summary>
    public bool IsValid => Signatures.Any(s => s.CoversWholeFile) && Signatures.All(s => s.IsValid);

    /// <summary><see cref="IsValid"/>, and each of <paramref name="keys"/> is among the signers.</summary>
    public bool IsSignedBy(IEnumerable<SignatureVerifier> keys) => IsValid && keys.All(k => Signatures.Any(s => s.IsBy(k)));
}
