namespace TenderHall.Crypto.Pdf;

/// <summary>What <see cref="PdfArchivalFormat.Inspect"/> found in a PDF.</summary>
/// <param name="PdfA">The PDF/A part and conformance declared in the XMP metadata ("1A"), or null when none is.</param>
/// <param name="Xmp">The XMP metadata packet as text ("" when there is none).</param>
/// <param name="Fonts">How many font descriptors the file holds.</param>
/// <param name="Unembedded">The names of the fonts the file uses without embedding them.</param>
public sealed record PdfArchivalReport(string? PdfA, string Xmp, int Fonts, IReadOnlyList<string> Unembedded);
