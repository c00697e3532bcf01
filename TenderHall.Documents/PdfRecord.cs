namespace TenderHall.Documents;

/// <summary>A record document (opening record, evaluation summary, ...): what <see cref="PdfDocumentBuilder"/> renders.</summary>
/// <param name="Title">Document title, drawn on the first page and stored in the metadata.</param>
/// <param name="Subject">Metadata subject.</param>
/// <param name="CreatedAt">Creation date stored in the metadata; supplied by the caller so documents are reproducible.</param>
/// <param name="Header">Key–value lines under the title (project, tender number, opening time, ...).</param>
/// <param name="Tables">Tables, in order.</param>
/// <param name="Notes">Paragraphs after the tables.</param>
/// <param name="Archival">The tender and project of a document made for the archive (PDF/A), or null.</param>
public sealed record PdfRecord(
    string Title,
    string Subject,
    DateTimeOffset CreatedAt,
    IReadOnlyList<KeyValuePair<string, string>> Header,
    IReadOnlyList<PdfTable> Tables,
    IReadOnlyList<string> Notes,
    PdfArchival? Archival = null);
