using PdfSharp;
using PdfSharp.Drawing;
using PdfSharp.Pdf;
using PdfSharp.UniversalAccessibility;

namespace TenderHall.Documents;

/// <summary>Lays a <see cref="PdfRecord"/> out on A4 pages: title, header lines, tables with wrapped cells and repeated header rows, notes, page numbers.</summary>
internal sealed class PdfRecordRenderer : IDisposable
{
    private const string Family = "TenderHall";
    private const double Margin = 50;
    private const double FooterSpace = 30;
    private const double CellPadding = 4;
    private const string NoLineStart = "，。、；：！？）》」』】,.;:!?)%";

    private static readonly XPdfFontOptions Unicode = new(PdfFontEncoding.Unicode);
    private readonly XFont titleFont = new(Family, 18, XFontStyleEx.Bold, Unicode);
    private readonly XFont textFont = new(Family, 10.5, XFontStyleEx.Regular, Unicode);
    private readonly XFont cellFont = new(Family, 9.5, XFontStyleEx.Regular, Unicode);
    private readonly XFont cellHeaderFont = new(Family, 9.5, XFontStyleEx.Bold, Unicode);
    private readonly XFont footerFont = new(Family, 8, XFontStyleEx.Regular, Unicode);
    private readonly PdfDocument document = new();
    private XGraphics graphics = null!;
    private StructureBuilder? structure;
    private double y;

    private PdfRecordRenderer()
    {
    }

    private double Width => graphics.PageSize.Width - (2 * Margin);

    private double Bottom => graphics.PageSize.Height - Margin - FooterSpace;

    public static byte[] Render(PdfRecord record)
    {
        CjkFontResolver.Register();
        using var renderer = new PdfRecordRenderer();
        return renderer.Draw(record);
    }

    public void Dispose()
    {
        graphics?.Dispose();
        document.Dispose();
    }

    private byte[] Draw(PdfRecord record)
    {
        document.Info.Title = record.Title;
        document.Info.Subject = record.Subject;
        document.Info.Creator = "TenderHall";
        document.Info.Elements.SetString("/Producer", "TenderHall");
        document.Info.CreationDate = record.CreatedAt.UtcDateTime;
        document.Info.ModificationDate = record.CreatedAt.UtcDateTime;
        if (record.Archival is { } archival)
        {
            // For long-term preservation (docs/archive.md): PDFsharp declares PDF/A-1A in the XMP it writes from the Info
            // dictionary and adds the sRGB output intent; conformance A wants a tagged PDF, so the content is tagged as it is
            // drawn (headings, paragraphs, tables; rules, shading and page numbers as artifacts). Fonts are embedded anyway.
            document.SetPdfA();
            document.Info.Keywords = archival.Keywords;
            var accessibility = UAManager.ForDocument(document);
            accessibility.SetDocumentLanguage("zh-CN");
            structure = accessibility.StructureBuilder;
        }

        NewPage();

        Begin(PdfBlockLevelElementTag.Heading1);
        foreach (var line in Wrap(record.Title, titleFont, Width))
        {
            graphics.DrawString(line, titleFont, XBrushes.Black, new XRect(Margin, y, Width, titleFont.GetHeight()), XStringFormats.TopCenter);
            y += titleFont.GetHeight();
        }

        structure?.End();

        y += 12;
        foreach (var (key, value) in record.Header)
            Paragraph($"{key}：{value}", textFont);
        foreach (var table in record.Tables)
        {
            y += 8;
            DrawTable(table);
        }

        y += 8;
        foreach (var note in record.Notes)
            Paragraph(note, textFont);

        graphics.Dispose();
        DrawPageNumbers();
        using var output = new MemoryStream();
        document.Save(output, closeStream: false);
        return output.ToArray();
    }

    private void NewPage()
    {
        graphics?.Dispose();
        var page = document.AddPage();
        page.Size = PageSize.A4;
        graphics = XGraphics.FromPdfPage(page);
        y = Margin;
    }

    private void Paragraph(string text, XFont font)
    {
        Begin(PdfBlockLevelElementTag.Paragraph);
        foreach (var line in Wrap(text, font, Width))
        {
            if (y + font.GetHeight() > Bottom)
                NewPage();
            graphics.DrawString(line, font, XBrushes.Black, new XRect(Margin, y, Width, font.GetHeight()), XStringFormats.TopLeft);
            y += font.GetHeight() * 1.3;
        }

        structure?.End();
    }

    // Tags what follows, until the matching End, in a document made for the archive (PDF/A-1A); otherwise nothing.
    private void Begin(PdfBlockLevelElementTag tag) => structure?.BeginElement(tag);

    private void DrawTable(PdfTable table)
    {
        var total = table.Columns.Sum(c => c.Weight);
        var widths = table.Columns.Select(c => Width * c.Weight / total).ToArray();
        var headerCells = table.Columns.Select(c => c.Header).ToList();
        Begin(PdfBlockLevelElementTag.Table);
        DrawRow(headerCells, widths, table.Columns, cellHeaderFont, header: true);
        foreach (var row in table.Rows)
        {
            if (y + RowHeight(row, widths, cellFont) > Bottom)
            {
                NewPage();
                // The header row repeated on the next page is pagination, not content.
                structure?.BeginArtifact();
                DrawRow(headerCells, widths, table.Columns, cellHeaderFont, header: true, repeated: true);
                structure?.End();
            }

            DrawRow(row, widths, table.Columns, cellFont, header: false);
        }

        structure?.End();
    }

    private double RowHeight(IReadOnlyList<string> cells, double[] widths, XFont font) =>
        (cells.Select((c, i) => Wrap(c, font, widths[i] - (2 * CellPadding)).Count).Max() * font.GetHeight()) + (2 * CellPadding);

    private void DrawRow(IReadOnlyList<string> cells, double[] widths, IReadOnlyList<PdfColumn> columns, XFont font, bool header, bool repeated = false)
    {
        var height = RowHeight(cells, widths, font);
        if (height > Bottom - Margin)
            throw new ArgumentException("A table row is taller than a page; shorten its cells.");
        var tagged = !repeated;
        if (tagged) Begin(PdfBlockLevelElementTag.TableRow);
        var x = Margin;
        for (var i = 0; i < cells.Count; i++)
        {
            var cell = new XRect(x, y, widths[i], height);
            if (tagged) structure?.BeginArtifact();
            if (header)
                graphics.DrawRectangle(XBrushes.Gainsboro, cell);
            graphics.DrawRectangle(new XPen(XColors.Black, 0.5), cell);
            if (tagged)
            {
                structure?.End();
                Begin(header ? PdfBlockLevelElementTag.TableHeaderCell : PdfBlockLevelElementTag.TableDataCell);
            }

            var lineY = y + CellPadding;
            foreach (var line in Wrap(cells[i], font, widths[i] - (2 * CellPadding)))
            {
                var area = new XRect(x + CellPadding, lineY, widths[i] - (2 * CellPadding), font.GetHeight());
                graphics.DrawString(line, font, XBrushes.Black, area, Format(header ? PdfAlignment.Center : columns[i].Alignment));
                lineY += font.GetHeight();
            }

            if (tagged) structure?.End();
            x += widths[i];
        }

        if (tagged) structure?.End();
        y += height;
    }

    private static XStringFormat Format(PdfAlignment alignment) => alignment switch
    {
        PdfAlignment.Center => XStringFormats.TopCenter,
        PdfAlignment.Right => XStringFormats.TopRight,
        _ => XStringFormats.TopLeft,
    };

    private void DrawPageNumbers()
    {
        var count = document.PageCount;
        for (var i = 0; i < count; i++)
        {
            using var g = XGraphics.FromPdfPage(document.Pages[i], XGraphicsPdfPageOptions.Append);
            var area = new XRect(Margin, g.PageSize.Height - Margin - footerFont.GetHeight(), g.PageSize.Width - (2 * Margin), footerFont.GetHeight());
            structure?.BeginArtifact();
            g.DrawString($"第 {i + 1} 页 / 共 {count} 页", footerFont, XBrushes.Black, area, XStringFormats.TopCenter);
            structure?.End();
        }
    }

    // Greedy wrapping: Chinese breaks between any two characters, Latin at the last space when there is one;
    // closing punctuation never starts a line.
    private List<string> Wrap(string text, XFont font, double width)
    {
        var lines = new List<string>();
        foreach (var paragraph in text.Replace("\r\n", "\n").Split('\n'))
        {
            var line = "";
            foreach (var c in paragraph)
            {
                var candidate = line + c;
                if (line.Length == 0 || graphics.MeasureString(candidate, font).Width <= width || NoLineStart.Contains(c))
                {
                    line = candidate;
                    continue;
                }

                var space = char.IsWhiteSpace(c) || c > 0x2E7F ? -1 : line.LastIndexOf(' ');
                if (space > 0)
                {
                    lines.Add(line[..space]);
                    line = line[(space + 1)..] + c;
                }
                else
                {
                    lines.Add(line);
                    line = char.IsWhiteSpace(c) ? "" : c.ToString();
                }
            }

            lines.Add(line);
        }

        return lines;
    }
}
