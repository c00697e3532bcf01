using TenderHall.Documents;
using UglyToad.PdfPig;

namespace TenderHall.Crypto.Tests.Pdf;

public sealed class PdfDocumentBuilderTests
{
    [Fact]
    public void Chinese_and_Latin_text_of_an_opening_record_is_extracted_exactly()
    {
        using var pdf = PdfDocument.Open(SamplePdfs.OpeningRecord());
        var text = string.Concat(pdf.GetPages().Select(p => p.Text));
        foreach (var expected in new[] { "开标记录表", "项目名称：滨江路市政道路改造工程（一期）", "投标报价（元）", "已缴纳", "未缴纳", "12,345,678.00", "第 1 页 / 共 1 页", "监督人员已现场核验投标文件密封情况" })
            Assert.Contains(expected, text, StringComparison.Ordinal);
        // Cells wrap: a bidder's name may span lines, but every character is there, in order.
        foreach (var bidder in SamplePdfs.Bidders)
            Assert.Contains(bidder.Replace(" ", ""), text.Replace(" ", ""), StringComparison.Ordinal);
    }

    [Fact]
    public void Metadata_carries_the_callers_title_subject_and_creation_date()
    {
        using var pdf = PdfDocument.Open(SamplePdfs.OpeningRecord());
        Assert.Equal("开标记录表", pdf.Information.Title);
        Assert.Equal("T-2026-0001 开标记录", pdf.Information.Subject);
        Assert.Equal("TenderHall", pdf.Information.Creator);
        Assert.Equal("PDFsharp 6.2.4 (Original: TenderHall)", pdf.Information.Producer); // PDFsharp keeps its name first
        Assert.Equal(SamplePdfs.OpenedAt, pdf.Information.GetCreatedDateTimeOffset());
    }

    [Fact]
    public void A_long_table_continues_on_new_pages_with_its_header_row_repeated()
    {
        using var pdf = PdfDocument.Open(SamplePdfs.OpeningRecord(extraRows: 80));
        var pages = pdf.GetPages().ToList();
        Assert.True(pages.Count >= 3);
        Assert.All(pages, p => Assert.Contains("投标报价（元）", p.Text, StringComparison.Ordinal));
        Assert.Contains("投标人83有限公司", pages[^1].Text, StringComparison.Ordinal);
        Assert.Contains($"第 {pages.Count} 页 / 共 {pages.Count} 页", pages[^1].Text, StringComparison.Ordinal);
    }

    [Fact]
    public void A_row_with_the_wrong_number_of_cells_is_refused()
    {
        var builder = new PdfDocumentBuilder("表", SamplePdfs.OpenedAt);
        Assert.Throws<ArgumentException>(() => builder.Table([new PdfColumn("A"), new PdfColumn("B")], [["only one"]]));
    }
}
