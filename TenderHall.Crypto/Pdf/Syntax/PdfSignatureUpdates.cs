namespace TenderHall.Crypto.Pdf.Syntax;

/// <summary>
/// Decides whether what a file adds after a signed revision only adds signatures (ISO 32000-1 §12.8.2.2.1: later
/// signers append incremental updates): new signature dictionaries and signature fields, the fields listed in the
/// form and their widgets on the page, nothing else changed or removed.
/// </summary>
internal static class PdfSignatureUpdates
{
    // Keys whose value may grow (arrays: old items kept, new ones are signature fields) or change (flags) in a signature update.
    private static readonly HashSet<string> AppendOnly = ["Fields", "Annots"];
    private static readonly HashSet<string> MayChange = ["SigFlags"];

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
        catch (PdfSyntaxException e)
        {
            return $"the later revisions cannot be read ({e.Message})";
        }
    }

    private static string? ProblemIn(PdfCrossReference xref, int section)
    {
        var trailer = xref.Sections[section].Trailer;
        if (trailer["Root"]?.ToString() != xref.Sections[section + 1].Trailer["Root"]?.ToString()) return "replaces the document catalog";
        foreach (var (number, offset) in xref.Sections[section].Entries.Where(e => e.Key != 0).OrderBy(e => e.Key))
        {
            if (offset is null) return $"deletes object {number}";
            var updated = xref.Find(number, section)!.Value;
            var previous = xref.Find(number, section + 1);
            if (updated.HasStream || previous is { HasStream: true }) return $"changes stream object {number}";
            var problem = previous is null
                ? IsSignature(updated.Value) ? null : "is not a signature or a signature field"
                : ChangeProblem(xref, section, previous.Value.Value, updated.Value);
            if (problem is not null) return $"adds or changes object {number}, which {problem}";
        }

        return null;
    }

    private static bool IsSignature(PdfValue value) =>
        value is PdfValue.Dictionary d && (d.Is("Type", "Sig") || d.Is("FT", "Sig"));

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

    // The old array's items stay in place; each new one refers to a signature field defined in this revision.
    private static bool Appended(PdfCrossReference xref, int section, PdfValue? before, PdfValue? after)
    {
        var old = before switch { null => [], PdfValue.Array a => a.Items, _ => null };
        if (old is null || after is not PdfValue.Array updated || updated.Items.Count < old.Count) return false;
        for (var i = 0; i < old.Count; i++)
        {
            if (old[i].ToString() != updated.Items[i].ToString()) return false;
        }

        return updated.Items.Skip(old.Count).All(item => item is PdfValue.Reference r
            && xref.Sections[section].Entries.ContainsKey(r.Number) && xref.Find(r.Number, section) is ({ } value, false) && IsSignature(value));
    }
}
