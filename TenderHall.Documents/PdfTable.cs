namespace TenderHall.Documents;

/// <summary>A table: columns and rows of cell texts; long texts wrap inside their cell.</summary>
public sealed record PdfTable(IReadOnlyList<PdfColumn> Columns, IReadOnlyList<IReadOnlyList<string>> Rows);
