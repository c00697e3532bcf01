namespace TenderHall.Crypto.Pdf;

/// <summary>
/// A prepared countersignature: the PDF with an appended, still empty signature, and the CMS signed attributes the
/// signer signs (DER SET, whose messageDigest is the digest of every byte of <see cref="PreparedPdf"/> but the empty slot).
/// </summary>
/// <param name="PreparedPdf">The original file plus the incremental update holding the empty signature.</param>
/// <param name="SignedAttributes">What the signer signs with its key, as is (the key's own hash applies).</param>
/// <param name="Certificate">The signer's DER certificate from the request.</param>
public sealed record PdfCountersignature(byte[] PreparedPdf, byte[] SignedAttributes, byte[] Certificate);
