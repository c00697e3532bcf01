using System.Globalization;
using TenderHall.Api.Opening;
using TenderHall.Crypto.Pdf;
using TenderHall.Crypto.Signing;
using TenderHall.Documents;
using TenderHall.Grains.Contracts.Evaluation;
using TenderHall.Grains.Contracts.Tendering;

namespace TenderHall.Api.Evaluation;

/// <summary>Renders the written evaluation report (评标报告, BL 40, BLR 53) in Chinese and signs it with the platform's document key.</summary>
public sealed class EvaluationReportPdf([FromKeyedServices(PlatformDocumentKey.ServiceKey)] SignatureKey platformKey)
{
    /// <summary>The signed PDF of <paramref name="report"/> for <paramref name="tender"/>, made at <paramref name="at"/>.</summary>
    public async Task<byte[]> Render(TenderView tender, EvaluationReport report, DateTimeOffset at)
    {
        CjkFontResolver.Register();
        var view = report.View;
        var method = view.Method!;
        var comprehensive = method.Kind == EvaluationMethodKind.Comprehensive;
        var names = report.Bids.ToDictionary(b => b.BidderId, b => b.BidderName);
        var pdf = new PdfDocumentBuilder("评标报告", at)
            .Subject($"{tender.Registration.Title}（{tender.Id}）")
            .Archival(tender.Id, tender.Registration.ProjectCode)
            .Header("招标项目", tender.Registration.Title)
            .Header("项目编号", tender.Registration.ProjectCode + " / " + tender.Id)
            .Header("评标办法", comprehensive
                ? $"综合评估法：价格 {N(method.PriceWeight)} 分，技术 {N(method.TechnicalWeight)} 分，商务 {N(method.CommercialWeight)} 分；评标基准价 {(view.Benchmark is { } b ? N(b) : "—")} 元"
                : "经评审的最低投标价法")
            .Header("评标时间", $"{Beijing(view.OpenedAt!.Value)} 至 {Beijing(view.Due!.Value)}（北京时间）" + (view.Extensions.Count > 0 ? $"，延长 {string.Join("、", view.Extensions)} 小时" : ""))
            .Header("评标委员会", string.Join("、", view.Members.Select(m => $"{m.Name}（{m.Seat}）")))
            .Header("监督人员", view.Attendance.Count == 0 ? "—" : string.Join("、", view.Attendance.Select(a => a.UserName)))
            .Table([new("排名", 0.6), new("中标候选人", 2.6), new("投标报价（元）", 1.6, PdfAlignment.Right), new(comprehensive ? "综合得分" : "评标价（元）", 1.4, PdfAlignment.Right)],
                view.Candidates.Select(c => (IReadOnlyList<string>)[c.Rank.ToString(CultureInfo.InvariantCulture), c.BidderName, N(c.Price), N(c.Score)]))
            .Table([new("投标人", 2.4), new("投标报价（元）", 1.4, PdfAlignment.Right), new("价格分", 1, PdfAlignment.Right), new("技术分", 1, PdfAlignment.Right),
                    new("商务分", 1, PdfAlignment.Right), new(comprehensive ? "得分" : "评标价（元）", 1.3, PdfAlignment.Right)],
                view.Results.Select(r => (IReadOnlyList<string>)[r.BidderName, N(r.Price), N(r.PriceScore), N(r.Technical), N(r.Commercial), N(r.Score)]))
            .Table([new("被否决的投标人", 2.2), new("否决理由", 4), new("依据", 1.2)],
                view.Rejections.Count == 0 ? [["—", "无", "—"]] : view.Rejections.Select(r => (IReadOnlyList<string>)[r.BidderName, r.Reason, r.Article]))
            .Table([new("席位", 1), new("投标人", 2.6), new(comprehensive ? "技术分" : "调整额（元）", 1.3, PdfAlignment.Right), new(comprehensive ? "商务分" : "", 1.3, PdfAlignment.Right)],
                report.Sheets.SelectMany(s => s.Entries.Select(e => (IReadOnlyList<string>)
                    [s.Seat, names.GetValueOrDefault(e.BidderId, e.BidderId), comprehensive ? N(e.Technical) : N(e.Adjustment), comprehensive ? N(e.Commercial) : ""])))
            .Note("依据《招标投标法》第四十条及《招标投标法实施条例》第五十三条，评标委员会按照招标文件确定的评标标准和方法独立评审，推荐不超过3名有排序的中标候选人。")
            .Note("评标委员会成员7人以上的，各项评分去掉一个最高分和一个最低分后取算术平均值；得分相同的，依次按投标报价由低到高、技术分由高到低排序，仍相同的按“招标项目编号\\n投标人编号”的 SHA-256 值由小到大排序，任何人可据本报告复算。")
            .Note("本报告由平台签章后，由评标委员会全体成员逐一以增量签名方式签署。评标委员会成员名单在中标结果确定前保密（《招标投标法》第三十七条）。")
            .Build();
        return await PdfSigner.SignAsync(pdf, new PdfSignatureRequest([new PdfSigningIdentity(platformKey)], at) { Reason = "评标报告 / Evaluation report", Location = "TenderHall" });
    }

    private static string N(decimal value) => value.ToString("0.00", CultureInfo.InvariantCulture);

    private static string Beijing(DateTimeOffset instant) => instant.ToOffset(TimeSpan.FromHours(8)).ToString("yyyy-MM-dd HH:mm", CultureInfo.InvariantCulture);
}
