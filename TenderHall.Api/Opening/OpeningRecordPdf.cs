using TenderHall.Crypto.Pdf;
using TenderHall.Crypto.Signing;
using TenderHall.Documents;
using TenderHall.Grains.Contracts.Opening;
using TenderHall.Grains.Contracts.Tendering;

namespace TenderHall.Api.Opening;

/// <summary>Renders the opening record (开标记录表) in Chinese and signs it with the platform's document key.</summary>
public sealed class OpeningRecordPdf([FromKeyedServices(PlatformDocumentKey.ServiceKey)] SignatureKey platformKey)
{
    /// <summary>The signed PDF of <paramref name="view"/> for <paramref name="tender"/>, made at <paramref name="at"/>.</summary>
    public async Task<byte[]> Render(TenderView tender, OpeningView view, DateTimeOffset at)
    {
        CjkFontResolver.Register();
        var beijing = TimeSpan.FromHours(8);
        var pdf = new PdfDocumentBuilder("开标记录表", at)
            .Subject($"{tender.Registration.Title}（{tender.Id}）")
            .Archival(tender.Id, tender.Registration.ProjectCode)
            .Header("招标项目", tender.Registration.Title)
            .Header("项目编号", tender.Registration.ProjectCode + " / " + tender.Id)
            .Header("开标时间", tender.Schedule!.BidDeadline.ToOffset(beijing).ToString("yyyy-MM-dd HH:mm", System.Globalization.CultureInfo.InvariantCulture) + "（北京时间）")
            .Header("监督人员", string.Join("、", view.Attendance.Select(a => a.UserName)))
            .Header("密钥托管人", string.Join("、", view.SharesFrom))
            .Table(
                [new("序号", 0.5), new("投标人", 2.4), new("投标报价（元）", 1.4, PdfAlignment.Right), new("工期（日）", 0.8, PdfAlignment.Right),
                 new("质量承诺", 1.6), new("保证金", 1.2), new("解密结果", 1.2), new("确认/异议", 1.6)],
                view.Rows.Select((row, i) => (IReadOnlyList<string>)
                [
                    (i + 1).ToString(System.Globalization.CultureInfo.InvariantCulture), row.BidderName, row.Price ?? "—",
                    row.DurationDays?.ToString(System.Globalization.CultureInfo.InvariantCulture) ?? "—", row.QualityCommitment ?? "—",
                    row.DepositStatus ?? "—", Outcome(row), Response(row),
                ]))
            .Note("依据《电子招标投标办法》第二十九条至第三十三条在线开标；投标文件由密钥托管人门限解密，解密结果见上表。")
            .Build();
        return await PdfSigner.SignAsync(pdf, new PdfSignatureRequest([new PdfSigningIdentity(platformKey)], at) { Reason = "开标记录 / Opening record", Location = "TenderHall" });
    }

    private static string Outcome(OpeningRow row) => row.Outcome switch
    {
        DecryptionOutcome.Opened => "解密成功",
        DecryptionOutcome.RevokedByBidderFault => "撤销（投标人原因）",
        _ => "撤回（非投标人原因）",
    };

    private static string Response(OpeningRow row) => row.Confirmed switch
    {
        true => "确认",
        false => $"异议：{row.Objection}；答复：{row.ObjectionAnswer ?? "—"}",
        null => "未表态",
    };
}
