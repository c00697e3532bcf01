namespace TenderHall.Documents;

/// <summary>A table column: its header text, its share of the table width, and how its cells are aligned.</summary>
public sealed record PdfColumn(string Header, double Weight = 1, PdfAlignment Alignment = PdfAlignment.Left);
