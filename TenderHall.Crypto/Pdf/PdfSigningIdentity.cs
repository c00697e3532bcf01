using TenderHall.Crypto.Signing;

namespace TenderHall.Crypto.Pdf;

/// <summary>
/// One signer of a PDF: an ECDSA P-256 or SM2 key (SM2 with the default user ID, as CMS verifiers assume) and its
/// X.509 certificate (DER). Without a certificate, <see cref="PdfSigner"/> issues a self-signed one for <see cref="Subject"/>.
/// </summary>
/// <param name="Key">The signing key; the signer does not take ownership.</param>
/// <param name="Subject">X.500 name for a self-signed certificate, e.g. "CN=TenderHall Platform, O=..., C=CN".</param>
/// <param name="Certificate">DER certificate whose public key is <paramref name="Key"/>'s, or null.</param>
public sealed record PdfSigningIdentity(SignatureKey Key, string Subject = PdfSigningIdentity.PlatformSubject, byte[]? Certificate = null)
{
    /// <summary>Default subject of the platform's self-signed certificate.</summary>
    public const string PlatformSubject = "CN=TenderHall Platform, O=TenderHall, C=CN";
}
