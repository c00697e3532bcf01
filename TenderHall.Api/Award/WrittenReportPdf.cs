using System.Globalization;
using TenderHall.Documents;
using TenderHall.Grains.Contracts.Award;
using TenderHall.Grains.Contracts.Opening;
using TenderHall.Grains.Contracts.Rules;
using TenderHall.Grains.Contracts.Tendering;

namespace TenderHall.Api.Award;

/// <summary>The written report to supervision (招标投标情况书面报告, BL 47), generated from the tender's record alone.</summary>
public sealed class WrittenReportPdf(AwardDocuments documents)
{
    /// <summary>The signed report of <paramref name="tender"/> as it stands at <paramref name="at"/>.</summary>
    public Task<byte[]> Render(TenderView tender, string tenderee, OpeningView opening, AwardView award, IReadOnlyList<Objection> objections, DateTimeOffset at)
    {
        CjkFontResolver.Register();
        var decision = award.Award ?? throw RuleViolationException.Of("TENDER-STATE", ("id", tender.Id), ("status", tender.Status), ("action", "report"));
        var result = award.Result!;
        var pdf = AwardDocuments.Header(new PdfDocumentBuilder("招标投标情况书面报告", at), tender, tenderee)
            .Header("招标公告发布", Beijing(tender.Schedule!.AnnouncedAt))
            .Header("投标截止及开标", Beijing(tender.Schedule.BidDeadline))
            .Header("开标记录 SHA-256", opening.RecordPdfSha256 ?? "—")
            .Header("评标报告 SHA-256", result.ReportSha256)
            .Header("候选人公示", $"{Beijing(award.PublicityFrom!.Value)} 至 {Beijing(award.PublicityUntil!.Value)}")
            .Header("异议", $"{objections.Count} 件，已答复 {objections.Count(o => o.AnsweredAt is not null)} 件")
            .Header("暂停", tender.Suspensions.Count.ToString(CultureInfo.InvariantCulture) + " 次")
            .Header("中标人", $"{decision.BidderName}（第 {decision.Rank} 名，{decision.Reason}）")
            .Header("中标通知书发出", Beijing(decision.DecidedAt))
            .Header("合同", award.Contract?.SignedAt is { } signed ? $"已签订 {Beijing(signed)}，价款 {RuleValues.Yuan(award.Contract.ValueFen)} 元" : "尚未签订")
            .Table([new("投标人", 3), new("投标报价（元）", 1.6, PdfAlignment.Right), new("开标结果", 1.4)],
                opening.Rows.Select(r => (IReadOnlyList<string>)[r.BidderName, r.Price ?? "—", r.Outcome == DecryptionOutcome.Opened ? "已开启" : "未开启"]))
            .Table([new("排序", 0.6), new("中标候选人", 3), new("报价（元）", 1.4, PdfAlignment.Right), new("得分", 1, PdfAlignment.Right)],
                result.Candidates.OrderBy(c => c.Rank).Select(c => (IReadOnlyList<string>)[
                    c.Rank.ToString(CultureInfo.InvariantCulture), c.BidderName, c.Price.ToString("0.00", CultureInfo.InvariantCulture), c.Score.ToString("0.00", CultureInfo.InvariantCulture)]))
            .Note(result.Rejections.Count == 0 ? "无被否决的投标。" : "被否决的投标：" + string.Join("；", result.Rejections.Select(r => $"{r.BidderName}（{r.Reason}，{r.Article}）")))
            .Note("依据《招标投标法》第四十七条，自确定中标人之日起十五日内向有关行政监督部门提交本报告；内容由平台依交易记录生成。")
            .Build();
        return documents.Sign(pdf, at, "书面报告 / Written report (BL 47)");
    }

    private static string Beijing(DateTimeOffset at) => RuleValues.Beijing(at);
}
