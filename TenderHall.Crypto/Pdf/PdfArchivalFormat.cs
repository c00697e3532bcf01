using System.Text;
using System.Text.RegularExpressions;
using PdfSharp.Pdf;
using PdfSharp.Pdf.IO;

namespace TenderHall.Crypto.Pdf;

/// <summary>
/// What a PDF states about its long-term preservation: the PDF/A part and conformance its XMP metadata declares (pdfaid),
/// the XMP itself, and the fonts it does not embed (PDF/A embeds every font). It reads the declaration; it is not a full
/// PDF/A conformance check (docs/archive.md).
/// </summary>
public static partial class PdfArchivalFormat
{
    private static readonly string[] FontFiles = ["/FontFile", "/FontFile2", "/FontFile3"];

    /// <summary>Reads <paramref name="pdf"/>'s declaration and fonts.</summary>
    /// <exception cref="CryptographicFormatException">PDFsharp cannot read the file.</exception>
    public static PdfArchivalReport Inspect(byte[] pdf)
    {
        PdfDocument document;
        try
        {
            document = PdfReader.Open(new MemoryStream(pdf, writable: false), PdfDocumentOpenMode.Import);
        }
        catch (Exception e) when (e is PdfSharp.Pdf.IO.PdfReaderException or InvalidOperationException)
        {
            throw new CryptographicFormatException($"The PDF cannot be read ({e.Message}).", e);
        }

        using (document)
        {
            var dictionaries = document.Internals.GetAllObjects().OfType<PdfDictionary>().ToList();
            var descriptors = dictionaries.Where(d => d.Elements.GetName("/Type") == "/FontDescriptor").ToList();
            var unembedded = descriptors.Where(d => !FontFiles.Any(d.Elements.ContainsKey)).Select(d => d.Elements.GetName("/FontName"))
                // A simple or CID font without a descriptor is one of the standard 14, which a reader substitutes.
                .Concat(dictionaries.Where(d => d.Elements.GetName("/Type") == "/Font" && d.Elements.GetName("/Subtype") != "/Type0"
                                               && d.Elements.GetName("/Subtype") != "/Type3" && !d.Elements.ContainsKey("/FontDescriptor"))
                    .Select(d => d.Elements.GetName("/BaseFont")))
                .ToList();
            var xmp = Xmp(document);
            return new PdfArchivalReport(PdfA(xmp), xmp, descriptors.Count, unembedded);
        }
    }

    /// <summary>Whether <paramref name="pdf"/>'s XMP metadata declares PDF/A.</summary>
    public static bool DeclaresPdfA(byte[] pdf) => Inspect(pdf).PdfA is not null;

    private static string Xmp(PdfDocument document) =>
        document.Internals.Catalog.Elements.GetDictionary("/Metadata")?.Stream?.UnfilteredValue is { } bytes ? Encoding.UTF8.GetString(bytes) : "";

    private static string? PdfA(string xmp) =>
        Part().Match(xmp) is { Success: true } part ? part.Groups[1].Value + (Conformance().Match(xmp) is { Success: true } level ? level.Groups[1].Value : "") : null;

    [GeneratedRegex(@"pdfaid:part(?:>|="")\s*(\d+)")]
    private static partial Regex Part();

    [GeneratedRegex(@"pdfaid:conformance(?:>|="")\s*([A-Za-z])")]
    private static partial Regex Conformance();
}
