using TenderHall.Crypto.Pdf;
using TenderHall.Crypto.Signing;
using TenderHall.Documents;

namespace TenderHall.Crypto.Tests.Pdf;

/// <summary>An opening record (开标记录表) like the platform produces, and signing helpers.</summary>
internal static class SamplePdfs
{
    public static readonly DateTimeOffset OpenedAt = new(2026, 3, 18, 9, 30, 0, TimeSpan.FromHours(8));

    public static readonly string[] Bidders = ["北京中标建设工程有限公司", "上海华东路桥集团股份有限公司", "Shenzhen Bright Engineering Co., Ltd."];

    public const string TenderId = "T-2026-0001";

    public const string ProjectCode = "2026-460000-48-01-000123";

    public static byte[] OpeningRecord(int extraRows = 0) => Builder(extraRows).Build();

    /// <summary>The same record made for the archive (PDF/A naming the tender and the project).</summary>
    public static byte[] ArchivalRecord() => Builder(0).Archival(TenderId, ProjectCode).Build();

    private static PdfDocumentBuilder Builder(int extraRows) =>
        new PdfDocumentBuilder("开标记录表", OpenedAt)
            .Subject("T-2026-0001 开标记录")
            .Header("项目名称", "滨江路市政道路改造工程（一期）")
            .Header("招标编号", "T-2026-0001")
            .Header("开标时间", "2026-03-18 09:30 (UTC+8)")
            .Table(
                [new PdfColumn("序号", 0.6, PdfAlignment.Center), new PdfColumn("投标人", 3), new PdfColumn("投标报价（元）", 1.6, PdfAlignment.Right),
                 new PdfColumn("工期（日历天）", 1.2, PdfAlignment.Center), new PdfColumn("质量承诺", 1.4), new PdfColumn("投标保证金", 1.2, PdfAlignment.Center)],
                [
                    ["1", Bidders[0], "12,345,678.00", "180", "合格", "已缴纳"],
                    ["2", Bidders[1], "11,980,000.00", "175", "优良，争创省级优质工程", "已缴纳"],
                    ["3", Bidders[2], "12,100,500.50", "190", "合格", "未缴纳"],
                    .. Enumerable.Range(4, extraRows).Select(i => (IReadOnlyList<string>)[$"{i}", $"投标人{i}有限公司", "10,000,000.00", "200", "合格", "已缴纳"]),
                ])
            .Note("监督人员已现场核验投标文件密封情况，解密过程由平台记录。");

    public static PdfSignatureRequest Request(params PdfSigningIdentity[] signers) =>
        new(signers, OpenedAt.AddMinutes(45)) { Reason = "开标记录确认", Location = "TenderHall" };

    public static Task<byte[]> SignedAsync(SignatureKey key, string subject = PdfSigningIdentity.PlatformSubject) =>
        PdfSigner.SignAsync(OpeningRecord(), Request(new PdfSigningIdentity(key, subject)));
}
