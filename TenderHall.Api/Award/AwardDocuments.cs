using System.Globalization;
using TenderHall.Crypto.Pdf;
using TenderHall.Crypto.Signing;
using TenderHall.Documents;
using TenderHall.Grains.Contracts.Award;
using TenderHall.Grains.Contracts.Rules;
using TenderHall.Grains.Contracts.Tendering;

namespace TenderHall.Api.Award;

/// <summary>The documents of the award, rendered in Chinese and signed with the platform's document key: notices (BL 45) and the contract draft (BL 46).</summary>
public sealed class AwardDocuments([FromKeyedServices(Opening.PlatformDocumentKey.ServiceKey)] SignatureKey platformKey)
{
    /// <summary>The award notice (中标通知书) to the winner.</summary>
    public Task<byte[]> Notice(TenderView tender, string tenderee, AwardDecision decision, DateTimeOffset at) =>
        Sign(Header(new PdfDocumentBuilder("中标通知书", at), tender, tenderee)
            .Header("中标人", decision.BidderName)
            .Header("中标价（元）", decision.Price.ToString("0.00", CultureInfo.InvariantCulture))
            .Header("排序", decision.Rank.ToString(CultureInfo.InvariantCulture))
            .Header("确定理由", decision.Reason)
            .Note($"{decision.BidderName}：经评标委员会评审和中标候选人公示，你单位被确定为本项目中标人。请自本通知书发出之日起三十日内与招标人订立书面合同（招标投标法第四十五条、第四十六条）。")
            .Build(), at, "中标通知书 / Award notice");

    /// <summary>The result notice (中标结果通知书) to every other bidder, issued at the same instant (BL 45).</summary>
    public Task<byte[]> Result(TenderView tender, string tenderee, AwardDecision decision, DateTimeOffset at) =>
        Sign(Header(new PdfDocumentBuilder("中标结果通知书", at), tender, tenderee)
            .Header("中标人", decision.BidderName)
            .Header("中标价（元）", decision.Price.ToString("0.00", CultureInfo.InvariantCulture))
            .Note("各投标人：本项目中标人已确定，现将中标结果通知如下。对结果有异议的，可依法向行政监督部门投诉（招标投标法第四十五条、第六十五条）。")
            .Build(), at, "中标结果通知书 / Result notice");

    /// <summary>The contract draft both parties sign.</summary>
    public Task<byte[]> Contract(TenderView tender, string tenderee, AwardDecision award, ContractBody body, DateTimeOffset at)
    {
        var terms = string.IsNullOrWhiteSpace(body.Terms) || body.Terms.Length > 20_000
            ? throw RuleViolationException.Of("REQ-FIELD", ("field", "terms"), ("detail", "1-20000 characters"))
            : body.Terms.Trim();
        return Sign(Header(new PdfDocumentBuilder("合同", at), tender, tenderee)
            .Header("发包人（招标人）", tenderee)
            .Header("承包人（中标人）", award.BidderName)
            .Header("合同价款（元）", RuleValues.Yuan(body.ValueFen))
            .Header("履约保证金（元）", RuleValues.Yuan(body.PerformanceBondFen))
            .Header("中标通知书 SHA-256", award.NoticePdfSha256)
            .Note(terms)
            .Note("本合同按照招标文件和中标人的投标文件订立，双方不得再行订立背离合同实质性内容的其他协议（招标投标法第四十六条）。双方以各自登记的签名密钥签署本文件。")
            .Build(), at, "合同草本 / Contract draft");
    }

    /// <summary>Signs <paramref name="pdf"/> as the platform.</summary>
    public Task<byte[]> Sign(byte[] pdf, DateTimeOffset at, string reason) =>
        PdfSigner.SignAsync(pdf, new PdfSignatureRequest([new PdfSigningIdentity(platformKey)], at) { Reason = reason, Location = "TenderHall" });

    /// <summary>The header lines every document of a tender begins with.</summary>
    public static PdfDocumentBuilder Header(PdfDocumentBuilder pdf, TenderView tender, string tenderee) => pdf
        .Subject($"{tender.Registration.Title}（{tender.Id}）")
        .Archival(tender.Id, tender.Registration.ProjectCode)
        .Header("招标项目", tender.Registration.Title)
        .Header("项目编号", tender.Registration.ProjectCode + " / " + tender.Id)
        .Header("招标人", tenderee);
}
