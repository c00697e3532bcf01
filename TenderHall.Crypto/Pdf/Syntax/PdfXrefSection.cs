namespace TenderHall.Crypto.Pdf.Syntax;

/// <summary>One revision's cross-reference section.</summary>
/// <param name="Offset">Byte offset of its "xref" keyword.</param>
/// <param name="Entries">Object number → byte offset of its definition; null for a free entry.</param>
/// <param name="Trailer">Its trailer dictionary.</param>
/// <param name="EndOfFileMarker">Offset just after the revision's "%%EOF".</param>
/// <param name="End">Offset after the end-of-line characters that follow "%%EOF": where the next revision starts.</param>
internal sealed record PdfXrefSection(long Offset, IReadOnlyDictionary<int, long?> Entries, PdfValue.Dictionary Trailer, long EndOfFileMarker, long End)
{
    /// <summary>True when a signature covering bytes [0, <paramref name="end"/>) covers exactly this revision.</summary>
    public bool EndsAt(long end) => end >= EndOfFileMarker && end <= End;
}
