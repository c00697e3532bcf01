using TenderHall.Crypto.Signing;

namespace TenderHall.Crypto.Pdf;

/// <summary>
/// A signer who keeps its private key (a supervisor at the opening) and signs an already signed PDF: its public key,
/// the certificate that names it, and what the new signature dictionary shows.
/// </summary>
/// <param name="SignerKey">The key that will sign: ECDSA P-256, SM2 with the default user ID, or Ed25519.</param>
/// <param name="Certificate">DER certificate for <paramref name="SignerKey"/> (see <see cref="PdfCertificates.Issue"/>).</param>
/// <param name="SigningTime">Claimed signing time, written as the signed signingTime attribute and the dictionary's /M.</param>
/// <param name="FieldName">The new signature field's name, unique in the document.</param>
public sealed record PdfCountersignRequest(SignatureVerifier SignerKey, byte[] Certificate, DateTimeOffset SigningTime, string FieldName)
{
    /// <summary>The signer's name shown by PDF readers.</summary>
    public string? Name { get; init; }

    /// <summary>Reason shown by PDF readers, e.g. "监督人员签章".</summary>
    public string? Reason { get; init; }

    /// <summary>Location shown by PDF readers.</summary>
    public string? Location { get; init; }
}
