namespace TenderHall.Documents;

/// <summary>Builds a record document in Chinese and Latin text and renders it to PDF bytes (unsigned: <c>TenderHall.Crypto.Pdf.PdfSigner</c> signs it).</summary>
public sealed class PdfDocumentBuilder
{
    private readonly string title;
    private readonly DateTimeOffset createdAt;
    private readonly List<KeyValuePair<string, string>> header = [];
    private readonly List<PdfTable> tables = [];
    private readonly List<string> notes = [];
    private string subject = "";
    private PdfArchival? archival;

    /// <summary>Starts a document; <paramref name="createdAt"/> becomes its creation and modification date.</summary>
    public PdfDocumentBuilder(string title, DateTimeOffset createdAt)
    {
        this.title = title;
        this.createdAt = createdAt;
    }

    /// <summary>Sets the metadata subject.</summary>
    public PdfDocumentBuilder Subject(string value)
    {
        subject = value;
        return this;
    }

    /// <summary>Makes the document for the archive of tender <paramref name="tenderId"/> of project <paramref name="projectCode"/>: PDF/A with XMP naming both.</summary>
    public PdfDocumentBuilder Archival(string tenderId, string projectCode)
    {
        archival = new PdfArchival(tenderId, projectCode);
        return this;
    }

    /// <summary>Adds a key–value line under the title.</summary>
    public PdfDocumentBuilder Header(string key, string value)
    {
        header.Add(new(key, value));
        return this;
    }

    /// <summary>Adds a table; every row must have one cell per column.</summary>
    public PdfDocumentBuilder Table(IReadOnlyList<PdfColumn> columns, IEnumerable<IReadOnlyList<string>> rows)
    {
        if (columns.Count == 0)
            throw new ArgumentException("A table needs at least one column.", nameof(columns));
        var list = rows.ToList();
        if (list.FindIndex(r => r.Count != columns.Count) is var bad and >= 0)
            throw new ArgumentException($"Row {bad} has {list[bad].Count} cells; the table has {columns.Count} columns.", nameof(rows));
        tables.Add(new PdfTable(columns, list));
        return this;
    }

    /// <summary>Adds a paragraph after the tables.</summary>
    public PdfDocumentBuilder Note(string paragraph)
    {
        notes.Add(paragraph);
        return this;
    }

    /// <summary>The document model built so far.</summary>
    public PdfRecord ToRecord() => new(title, subject, createdAt, [.. header], [.. tables], [.. notes], archival);

    /// <summary>Renders the document (registers <see cref="CjkFontResolver"/> with its default path if none is yet).</summary>
    public byte[] Build() => PdfRecordRenderer.Render(ToRecord());
}
