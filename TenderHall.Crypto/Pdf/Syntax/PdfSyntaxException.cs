namespace TenderHall.Crypto.Pdf.Syntax;

/// <summary>The file is not PDF syntax this reader understands; the message says where.</summary>
internal sealed class PdfSyntaxException(string message) : Exception(message);
