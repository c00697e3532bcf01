namespace TenderHall.Crypto.Pdf;

/// <summary>Who a certificate names: a person (common name) acting for an organisation, in China.</summary>
/// <param name="CommonName">The person, e.g. a supervisor's user name.</param>
/// <param name="Organization">The organisation's name.</param>
public sealed record PdfCertificateSubject(string CommonName, string Organization);
