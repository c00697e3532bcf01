using System.Globalization;
using System.Text;

namespace TenderHall.Crypto.Pdf.Syntax;

/// <summary>
/// Appends an incremental update (ISO 32000-1 §7.5.6) that adds one invisible signature field to a PDF without
/// touching a byte of it, so earlier signatures stay valid: a signature dictionary with a zero-filled /Contents of
/// fixed size, its widget on the first page, the field in the form, a new cross-reference section and trailer.
/// </summary>
internal static class PdfIncrementalSignatureWriter
{
    /// <summary>Width reserved for the /ByteRange numbers, patched in place once the layout is known.</summary>
    private const int ByteRangeWidth = 48;

    /// <summary>Returns the file with an empty signature of <paramref name="contentsBytes"/> bytes, and its byte range.</summary>
    public static (byte[] Pdf, long[] ByteRange) Append(byte[] pdf, PdfSignatureSlot slot, int contentsBytes)
    {
        var xref = PdfCrossReference.Read(pdf);
        var trailer = xref.Sections[0].Trailer;
        var root = trailer["Root"] as PdfValue.Reference ?? throw new PdfSyntaxException("the trailer names no catalog");
        var size = trailer["Size"] is PdfValue.Atom s && int.TryParse(s.Text, CultureInfo.InvariantCulture, out var n) ? n : throw new PdfSyntaxException("the trailer has no /Size");
        var catalog = xref.Dictionary(root);
        var (pageReference, page) = FirstPage(xref, catalog);
        int signature = size, widget = size + 1;

        var objects = new SortedDictionary<int, string>();
        AddField(xref, root.Number, catalog, widget, objects);
        if (page["Annots"] is PdfValue.Reference) throw new PdfSyntaxException("the first page keeps its annotations in a separate array object, which this writer does not update");
        page.Set("Annots", new PdfValue.Array([.. (page["Annots"] as PdfValue.Array)?.Items ?? [], new PdfValue.Reference(widget, 0)]));
        objects[pageReference.Number] = page.ToString();
        objects[signature] = SignatureDictionary(slot, contentsBytes);
        objects[widget] = $"<</Type/Annot/Subtype/Widget/FT/Sig/T{PdfText.String(slot.FieldName)}/V {signature} 0 R/P {pageReference.Number} {pageReference.Generation} R/Rect[0 0 0 0]/F 132>>";

        var output = new StringBuilder();
        if (pdf.Length > 0 && pdf[^1] is not ((byte)'\n' or (byte)'\r')) output.Append('\n');
        var offsets = new SortedDictionary<int, long>();
        foreach (var (number, body) in objects)
        {
            offsets[number] = pdf.Length + output.Length;
            output.Append(number).Append(" 0 obj\n").Append(body).Append("\nendobj\n");
        }

        var xrefOffset = pdf.Length + output.Length;
        output.Append("xref\n0 1\n0000000000 65535 f \n");
        foreach (var (number, offset) in offsets)
            output.Append(CultureInfo.InvariantCulture, $"{number} 1\n{offset:D10} 00000 n \n");
        trailer.Set("Size", new PdfValue.Atom((size + 2).ToString(CultureInfo.InvariantCulture)));
        trailer.Set("Prev", new PdfValue.Atom(xref.Sections[0].Offset.ToString(CultureInfo.InvariantCulture)));
        trailer.Entries.RemoveAll(e => e.Key == "XRefStm");
        output.Append("trailer\n").Append(trailer).Append("\nstartxref\n").Append(xrefOffset).Append("\n%%EOF\n");

        var update = Encoding.Latin1.GetBytes(output.ToString());
        var file = new byte[pdf.Length + update.Length];
        pdf.CopyTo(file, 0);
        update.CopyTo(file, pdf.Length);
        return (file, PatchByteRange(file, offsets[signature]));
    }

    private static (PdfValue.Reference Reference, PdfValue.Dictionary Page) FirstPage(PdfCrossReference xref, PdfValue.Dictionary catalog)
    {
        var reference = catalog["Pages"] as PdfValue.Reference ?? throw new PdfSyntaxException("the catalog has no /Pages");
        for (var depth = 0; depth < 32; depth++)
        {
            var node = xref.Dictionary(reference);
            if (!node.Is("Type", "Pages")) return (reference, node);
            reference = (node["Kids"] as PdfValue.Array)?.Items.FirstOrDefault() as PdfValue.Reference ?? throw new PdfSyntaxException("a page tree node has no kids");
        }

        throw new PdfSyntaxException("the page tree is deeper than 32 levels");
    }

    // The field goes into the form's /Fields, wherever the form lives; SigFlags 3: signatures exist, append only.
    private static void AddField(PdfCrossReference xref, int catalogNumber, PdfValue.Dictionary catalog, int widget, SortedDictionary<int, string> objects)
    {
        var form = catalog["AcroForm"] switch
        {
            PdfValue.Reference r => xref.Dictionary(r),
            PdfValue.Dictionary d => d,
            null => new PdfValue.Dictionary([]),
            var other => throw new PdfSyntaxException($"the catalog's /AcroForm is {other}"),
        };
        if (form["Fields"] is PdfValue.Reference) throw new PdfSyntaxException("the form keeps its fields in a separate array object, which this writer does not update");
        form.Set("Fields", new PdfValue.Array([.. (form["Fields"] as PdfValue.Array)?.Items ?? [], new PdfValue.Reference(widget, 0)]));
        form.Set("SigFlags", new PdfValue.Atom("3"));
        if (catalog["AcroForm"] is PdfValue.Reference formReference)
        {
            objects[formReference.Number] = form.ToString();
            return;
        }

        catalog.Set("AcroForm", form);
        objects[catalogNumber] = catalog.ToString();
    }

    private static string SignatureDictionary(PdfSignatureSlot slot, int contentsBytes)
    {
        // The byte range and the contents come before any text, so the patch finds them and not a name that spells them.
        var text = new StringBuilder("<</Type/Sig/Filter/Adobe.PPKLite/SubFilter/adbe.pkcs7.detached");
        text.Append("/ByteRange[0 0 0 0]").Append(' ', ByteRangeWidth - "[0 0 0 0]".Length);
        text.Append("/Contents <").Append('0', contentsBytes * 2).Append('>');
        text.Append("/M").Append(PdfText.Date(slot.SigningTime));
        if (slot.Name is { } name) text.Append("/Name").Append(PdfText.String(name));
        if (slot.Reason is { } reason) text.Append("/Reason").Append(PdfText.String(reason));
        if (slot.Location is { } location) text.Append("/Location").Append(PdfText.String(location));
        return text.Append(">>").ToString();
    }

    // Fills in the byte range of the signature dictionary at `at`: everything but the /Contents hex string.
    private static long[] PatchByteRange(byte[] file, long at)
    {
        var text = Encoding.Latin1.GetString(file, (int)at, file.Length - (int)at);
        var contents = (int)at + text.IndexOf("/Contents <", StringComparison.Ordinal) + "/Contents ".Length;
        var contentsEnd = Array.IndexOf(file, (byte)'>', contents) + 1;
        long[] range = [0, contents, contentsEnd, file.Length - contentsEnd];
        var rangeAt = (int)at + text.IndexOf("/ByteRange[", StringComparison.Ordinal) + "/ByteRange".Length;
        var value = string.Create(CultureInfo.InvariantCulture, $"[{range[0]} {range[1]} {range[2]} {range[3]}]").PadRight(ByteRangeWidth);
        if (value.Length > ByteRangeWidth) throw new PdfSyntaxException("the file is too large for the reserved byte range");
        Encoding.Latin1.GetBytes(value).CopyTo(file, rangeAt);
        return range;
    }
}
