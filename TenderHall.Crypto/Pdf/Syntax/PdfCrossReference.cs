namespace TenderHall.Crypto.Pdf.Syntax;

/// <summary>
/// The classic cross-reference sections of a PDF (ISO 32000-1 §7.5.4, §7.5.6), newest first: one per revision, each
/// with the objects it defines and its trailer. Cross-reference streams are not read (PDFsharp does not write them).
/// </summary>
internal sealed class PdfCrossReference
{
    private PdfCrossReference(PdfParser parser, IReadOnlyList<PdfXrefSection> sections)
    {
        Parser = parser;
        Sections = sections;
    }

    /// <summary>The parser over the file's text.</summary>
    public PdfParser Parser { get; }

    /// <summary>The sections, newest (the file's last revision) first.</summary>
    public IReadOnlyList<PdfXrefSection> Sections { get; }

    /// <summary>Reads the sections of <paramref name="pdf"/> from its last startxref along the /Prev chain.</summary>
    public static PdfCrossReference Read(byte[] pdf)
    {
        var parser = new PdfParser(System.Text.Encoding.Latin1.GetString(pdf));
        var text = parser.Text;
        var startxref = text.LastIndexOf("startxref", StringComparison.Ordinal);
        if (startxref < 0) throw new PdfSyntaxException("the file has no startxref");
        var position = startxref + "startxref".Length;
        long? offset = parser.ReadOffset(ref position);
        var sections = new List<PdfXrefSection>();
        while (offset is { } at)
        {
            if (sections.Any(s => s.Offset == at) || sections.Count > 1000) throw new PdfSyntaxException("the /Prev chain of cross-reference sections loops");
            var section = ReadSection(parser, at);
            sections.Add(section);
            offset = section.Trailer["Prev"] is PdfValue.Atom prev && long.TryParse(prev.Text, out var p) ? p : null;
        }

        return new PdfCrossReference(parser, sections);
    }

    /// <summary>The object <paramref name="number"/> as of section <paramref name="from"/> (older sections fill in), or null when free or absent.</summary>
    public (PdfValue Value, bool HasStream)? Find(int number, int from = 0)
    {
        for (var i = from; i < Sections.Count; i++)
        {
            if (!Sections[i].Entries.TryGetValue(number, out var offset)) continue;
            if (offset is null) return null;
            var (found, value, hasStream, _) = Parser.ReadObject(offset.Value);
            return found == number ? (value, hasStream) : throw new PdfSyntaxException($"the cross-reference entry of object {number} points at object {found}");
        }

        return null;
    }

    /// <summary>The dictionary object <paramref name="reference"/> points to, as of section <paramref name="from"/>.</summary>
    public PdfValue.Dictionary Dictionary(PdfValue? reference, int from = 0) =>
        reference is PdfValue.Reference r && Find(r.Number, from) is ({ } value, _) && value is PdfValue.Dictionary d
            ? d
            : throw new PdfSyntaxException($"{reference} is not a reference to a dictionary");

    private static PdfXrefSection ReadSection(PdfParser parser, long offset)
    {
        var position = parser.At(offset);
        parser.Expect(ref position, "xref");
        var entries = new Dictionary<int, long?>();
        while (true)
        {
            parser.SkipWhitespace(ref position);
            if (string.CompareOrdinal(parser.Text, position, "trailer", 0, 7) == 0) break;
            var first = parser.ReadInteger(ref position);
            var count = parser.ReadInteger(ref position);
            for (var i = 0; i < count; i++)
            {
                var at = parser.ReadOffset(ref position);
                parser.ReadInteger(ref position);
                parser.SkipWhitespace(ref position);
                var kind = position < parser.Text.Length ? parser.Text[position++] : '\0';
                if (kind is not ('n' or 'f')) throw new PdfSyntaxException($"a cross-reference entry at byte {position - 1} is neither 'n' nor 'f'");
                entries[first + i] = kind == 'n' ? at : null;
            }
        }

        parser.Expect(ref position, "trailer");
        var trailer = parser.ReadValue(ref position) as PdfValue.Dictionary ?? throw new PdfSyntaxException("the trailer is not a dictionary");
        var eof = parser.Text.IndexOf("%%EOF", position, StringComparison.Ordinal);
        if (eof < 0) throw new PdfSyntaxException($"the revision whose cross-reference starts at byte {offset} has no %%EOF");
        var end = eof + 5;
        while (end < parser.Text.Length && parser.Text[end] is '\r' or '\n') end++;
        return new PdfXrefSection(offset, entries, trailer, eof + 5, end);
    }
}
