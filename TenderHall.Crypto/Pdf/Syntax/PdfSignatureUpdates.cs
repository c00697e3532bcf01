using System.Globalization;

namespace TenderHall.Crypto.Pdf.Syntax;

/// <summary>
/// Decides whether what a file adds after a signed revision only adds signatures (ISO 32000-1 §12.8.2.2.1: later
/// signers append incremental updates). Strict on purpose, since anything else it let through could change what the
/// signed record shows: each later revision may hold only signature dictionaries and invisible signature widgets with
/// a closed set of keys, the form's field list and the first page's annotation list grown by those widgets, and the
/// form's signature flags; its bytes must be exactly its listed objects, its trailer may not add or change anything
/// but its size, its ID and the link back.
/// </summary>
internal static class PdfSignatureUpdates
{
    // Keys whose value may grow (arrays: old items kept, new ones are this revision's widgets) or change (flags).
    private static readonly HashSet<string> AppendOnly = ["Fields", "Annots"];
    private static readonly HashSet<string> MayChange = ["SigFlags"];

    // What a countersigner's new objects may say (PdfIncrementalSignatureWriter writes these and no more).
    private static readonly HashSet<string> SignatureKeys = ["Type", "Filter", "SubFilter", "Contents", "ByteRange", "M", "Name", "Reason", "Location", "ContactInfo"];
    private static readonly HashSet<string> WidgetKeys = ["Type", "Subtype", "FT", "T", "V", "P", "Rect", "F"];
    private static readonly HashSet<string> TrailerKeys = ["Size", "Root", "Info", "ID", "Prev"];

    /// <summary>Null when every revision after the one ending at <paramref name="signedEnd"/> only adds signatures; otherwise why not.</summary>
    public static string? ProblemAfter(byte[] pdf, long signedEnd)
    {
        try
        {
            var xref = PdfCrossReference.Read(pdf);
            var signed = xref.Sections.ToList().FindIndex(s => s.EndsAt(signedEnd));
            if (signed < 0) return $"it covers the first {signedEnd} of {pdf.Length} bytes, which is not a complete revision of the file";
            if (xref.Sections[0].End != pdf.Length) return $"bytes {xref.Sections[0].End} to {pdf.Length} follow the last revision";
            for (var newer = signed - 1; newer >= 0; newer--)
            {
                if (ProblemIn(xref, newer) is { } problem) return $"revision {xref.Sections.Count - newer} {problem}";
            }

            return null;
        }
        catch (Exception e) when (e is PdfSyntaxException or ArgumentException or IndexOutOfRangeException or FormatException or OverflowException)
        {
            return $"the later revisions cannot be read ({e.Message})";
        }
    }

    private static string? ProblemIn(PdfCrossReference xref, int section)
    {
        var (trailer, before) = (xref.Sections[section].Trailer, xref.Sections[section + 1].Trailer);
        if (trailer.Entries.FirstOrDefault(e => !TrailerKeys.Contains(e.Key)) is { Key: { } extra }) return $"adds /{extra} to the trailer";
        if (trailer["Root"]?.ToString() != before["Root"]?.ToString()) return "replaces the document catalog";
        if (trailer["Info"]?.ToString() != before["Info"]?.ToString()) return "replaces the document information";
        if (BytesProblem(xref, section) is { } bytes) return bytes;
        foreach (var (number, offset) in xref.Sections[section].Entries.Where(e => e.Key != 0).OrderBy(e => e.Key))
        {
            if (offset is null) return $"deletes object {number}";
            var updated = xref.Find(number, section)!.Value;
            var previous = xref.Find(number, section + 1);
            if (updated.HasStream || previous is { HasStream: true }) return $"changes stream object {number}";
            var problem = previous is null
                ? NewObjectProblem(updated.Value)
                : ChangeProblem(xref, section, previous.Value.Value, updated.Value);
            if (problem is not null) return $"adds or changes object {number}, which {problem}";
        }

        return null;
    }

    // Every byte between the previous revision and this one's cross-reference table is one of its listed objects.
    private static string? BytesProblem(PdfCrossReference xref, int section)
    {
        var parser = xref.Parser;
        var position = (int)xref.Sections[section + 1].End;
        foreach (var offset in xref.Sections[section].Entries.Values.OfType<long>().Order())
        {
            parser.SkipWhitespace(ref position);
            if (position != offset) return $"holds bytes at {position} that are not one of its objects";
            var (_, _, hasStream, end) = parser.ReadObject(offset);
            if (hasStream) return $"adds a stream at {offset}";
            position = end;
        }

        parser.SkipWhitespace(ref position);
        return position == xref.Sections[section].Offset ? null : $"holds bytes at {position} that are not one of its objects";
    }

    private static string? NewObjectProblem(PdfValue value)
    {
        if (value is not PdfValue.Dictionary d) return "is not a signature or a signature field";
        if (d.Is("Type", "Sig"))
            return d.Entries.FirstOrDefault(e => !SignatureKeys.Contains(e.Key)) is { Key: { } key } ? $"is a signature with /{key}" : null;
        return IsWidget(d) ? null : "is not a signature or an invisible signature field";
    }

    // An invisible signature field merged with its widget: nothing it could draw, run or point at but its signature.
    private static bool IsWidget(PdfValue value) =>
        value is PdfValue.Dictionary d && d.Is("FT", "Sig") && d.Is("Subtype", "Widget") && (d["Type"] is null || d.Is("Type", "Annot"))
        && d.Entries.All(e => WidgetKeys.Contains(e.Key))
        && d["Rect"] is PdfValue.Array { Items.Count: 4 } rect
        && rect.Items.All(i => i is PdfValue.Atom a && double.TryParse(a.Text, NumberStyles.Float, CultureInfo.InvariantCulture, out var n) && n == 0);

    private static string? ChangeProblem(PdfCrossReference xref, int section, PdfValue before, PdfValue after)
    {
        if (before is not PdfValue.Dictionary old || after is not PdfValue.Dictionary updated)
            return before.ToString() == after.ToString() ? null : "is changed";
        foreach (var key in old.Entries.Select(e => e.Key).Union(updated.Entries.Select(e => e.Key)))
        {
            PdfValue? was = old[key], now = updated[key];
            if (was?.ToString() == now?.ToString() || MayChange.Contains(key)) continue;
            if (AppendOnly.Contains(key) && Appended(xref, section, was, now)) continue;
            if (key == "AcroForm" && was is PdfValue.Dictionary or null && now is PdfValue.Dictionary
                && ChangeProblem(xref, section, was ?? new PdfValue.Dictionary([]), now) is null) continue;
            return $"changes its /{key}";
        }

        return null;
    }

    // The old array's items stay in place; each new one refers to an invisible signature widget defined in this revision.
    private static bool Appended(PdfCrossReference xref, int section, PdfValue? before, PdfValue? after)
    {
        var old = before switch { null => [], PdfValue.Array a => a.Items, _ => null };
        if (old is null || after is not PdfValue.Array updated || updated.Items.Count < old.Count) return false;
        for (var i = 0; i < old.Count; i++)
        {
            if (old[i].ToString() != updated.Items[i].ToString()) return false;
        }

        return updated.Items.Skip(old.Count).All(item => item is PdfValue.Reference r
            && xref.Sections[section].Entries.ContainsKey(r.Number) && xref.Find(r.Number, section) is ({ } value, false) && IsWidget(value));
    }
}
