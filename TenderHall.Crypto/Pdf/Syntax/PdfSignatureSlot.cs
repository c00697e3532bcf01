namespace TenderHall.Crypto.Pdf.Syntax;

/// <summary>What the signature dictionary of an appended signature says besides the signature itself.</summary>
internal sealed record PdfSignatureSlot(string FieldName, DateTimeOffset SigningTime, string? Name, string? Reason, string? Location);
