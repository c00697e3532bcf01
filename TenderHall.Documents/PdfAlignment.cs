namespace TenderHall.Documents;

/// <summary>Horizontal alignment of text in a table cell.</summary>
public enum PdfAlignment
{
    /// <summary>Aligned to the left edge (text).</summary>
    Left,

    /// <summary>Centred (short codes, statuses).</summary>
    Center,

    /// <summary>Aligned to the right edge (amounts).</summary>
    Right,
}
