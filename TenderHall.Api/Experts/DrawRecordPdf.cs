using System.Globalization;
using TenderHall.Api.Opening;
using TenderHall.Crypto.Pdf;
using TenderHall.Documents;
using TenderHall.Crypto.Signing;
using TenderHall.Grains.Contracts.Experts;
using TenderHall.Grains.Contracts.Opening;
using TenderHall.Grains.Contracts.Tendering;

namespace TenderHall.Api.Experts;

/// <summary>Renders the draw record (评标专家抽取记录) in Chinese and signs it with the platform's document key.</summary>
public sealed class DrawRecordPdf([FromKeyedServices(PlatformDocumentKey.ServiceKey)] SignatureKey platformKey)
{
    private static readonly TimeSpan Beijing = TimeSpan.FromHours(8);

    /// <summary>The signed PDF of <paramref name="view"/> (as supervision sees it) with <paramref name="recordings"/>, made at <paramref name="at"/>.</summary>
    public async Task<byte[]> Render(TenderView tender, DrawView view, IReadOnlyList<SessionRecording> recordings, DateTimeOffset at)
    {
        CjkFontResolver.Register();
        var pdf = new PdfDocumentBuilder("评标专家抽取记录", at)
            .Subject($"{tender.Registration.Title}（{tender.Id}）")
            .Archival(tender.Id, tender.Registration.ProjectCode)
            .Header("招标项目", tender.Registration.Title)
            .Header("项目编号", tender.Registration.ProjectCode + " / " + tender.Id)
            .Header("抽取申请", $"{view.AgencyId}，{Time(view.RequestedAt)}；评标时间 {Time(view.Request.EvaluationAt)}")
            .Header("委员会组成", $"{view.Request.CommitteeSize} 人：招标人代表 {view.Request.TendereeSeats} 人；"
                                + string.Join("，", view.Request.Seats.Select(s => $"{s.Specialty} {s.Seats} 人（备选 {s.Backups}）")))
            .Header("回避规则", string.Join("；", view.Rules))
            .Header("监督人员", view.Witness is { } w ? $"{w.Supervisor}，签到 {Time(w.CheckedInAt)}" : "—")
            .Header("专家库快照", view.PoolHash)
            .Header("承诺", $"{view.Commitment}（日志第 {view.CommitIndex} 条）")
            .Header("日志锚点", $"检查点 {view.AnchorSize}：{view.AnchorRoot}")
            .Header("监督人员随机数", view.ContributionWithheld ? "未在时限内揭示，按规则不计入" : view.Witness?.Contribution ?? "—")
            .Header("种子", view.Seed ?? "—")
            .Header("VRF 输入", view.Alpha ?? "—")
            .Header("VRF 证明 SHA-256", view.Proof is { } proof ? Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(Convert.FromBase64String(proof))) : "—")
            .Header("录音录像", recordings.Count == 0 ? "—" : string.Join("；", recordings.Select(r => $"{r.Name} SHA-256 {r.Sha256}")))
            .Table(
                [new("席位", 0.8), new("专业", 0.8), new("假名", 2.4), new("专家", 1.2), new("状态", 1.0), new("声明 SHA-256（前 16 位）", 1.6)],
                view.Seats.Select(s => (IReadOnlyList<string>)[s.Seat, s.Specialty, s.Pseudonym, s.Name, Status(s), s.DeclarationSha256?[..16] ?? "—"]))
            .Note("依据《招标投标法》第三十七条、《招标投标法实施条例》第四十六条随机抽取；抽取全过程记入透明日志，可用 tenderhall-verify verify-draw 复核。")
            .Note("备选专家用尽后的补充抽取，沿用同一专家库快照与同一 VRF 证明的抽取顺序，依次递补，同样可复核。")
            .Note("评标委员会名单在中标结果确定前保密。")
            .Build();
        return await PdfSigner.SignAsync(pdf, new PdfSignatureRequest([new PdfSigningIdentity(platformKey)], at) { Reason = "专家抽取记录 / Expert draw record", Location = "TenderHall" });
    }

    private static string Time(DateTimeOffset at) => at.ToOffset(Beijing).ToString("yyyy-MM-dd HH:mm", CultureInfo.InvariantCulture);

    private static string Status(DrawSeat seat) => seat.Status switch
    {
        SeatStatus.Notified => "已通知",
        SeatStatus.Confirmed => "已确认",
        SeatStatus.Declined => "拒绝",
        SeatStatus.NoAnswer => "逾期未答复",
        _ => "缺席",
    } + (seat.Supplementary ? $"（补充抽取，顺位 {seat.BackupRank}）" : seat.BackupRank > 0 ? $"（备选 {seat.BackupRank}）" : "");
}
