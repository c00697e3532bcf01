namespace TenderHall.Crypto.Pdf;

/// <summary>
/// What to sign with: one or more signers who all sign the same revision in one CMS SignedData (one SignerInfo each),
/// and the signing time written as each SignerInfo's signed signingTime attribute.
/// </summary>
/// <param name="Signers">Signers whose keys the server holds (the platform); later signers use <see cref="PdfCountersigner"/>.</param>
/// <param name="SigningTime">Claimed signing time (not a trusted timestamp); also the start of self-signed certificates' validity.</param>
public sealed record PdfSignatureRequest(IReadOnlyList<PdfSigningIdentity> Signers, DateTimeOffset SigningTime)
{
    /// <summary>Reason shown by PDF readers, e.g. "开标记录确认".</summary>
    public string? Reason { get; init; }

    /// <summary>Location shown by PDF readers.</summary>
    public string? Location { get; init; }

    /// <summary>Contact information shown by PDF readers.</summary>
    public string? ContactInfo { get; init; }

    /// <summary>Validity of self-signed certificates from <see cref="SigningTime"/>.</summary>
    public TimeSpan CertificateValidity { get; init; } = TimeSpan.FromDays(3650);
}
