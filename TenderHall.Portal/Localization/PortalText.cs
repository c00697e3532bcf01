using System.Globalization;
using TenderHall.Grains.Contracts.Licensing;
using TenderHall.Grains.Contracts.Opening;
using TenderHall.Grains.Contracts.Projects;
using TenderHall.Grains.Contracts.Registry;
using TenderHall.Grains.Contracts.Tendering;

namespace TenderHall.Portal.Localization;

/// <summary>Every string the portal shows, in Chinese and English; one instance per language.</summary>
public sealed partial class PortalText
{
    private PortalText(PortalLanguage language) => Language = language;

    /// <summary>Chinese, the default.</summary>
    public static PortalText Chinese { get; } = new(new(false, false));

    /// <summary>The strings for <paramref name="language"/>.</summary>
    public static PortalText For(PortalLanguage language) => new(language);

    /// <summary>The language these strings are in.</summary>
    public PortalLanguage Language { get; }

    private bool En => Language.IsEnglish;

    private string S(string zh, string en) => En ? en : zh;

    public string SiteName => S("公共资源交易平台", "Public Resource Trading Platform");
    public string NavTenders => S("招标公告", "Tenders");
    public string NavLicensing => S("行政许可事项", "Licensing");
    public string NavAgencies => S("招标代理机构", "Agencies");
    public string SwitchLanguage => S("English", "中文");
    public string Footer => S("时间均为北京时间。本页面仅显示已公开的信息。", "All times are Beijing time (UTC+8). Only public information is shown.");

    public string TendersTitle => S("招标公告", "Tender announcements");
    public string Search => S("搜索", "Search");
    public string SearchPlaceholder => S("标题、标段或项目编号", "Title, lot or project code");
    public string NoTenders => S("暂无公告。", "No announcements.");
    public string Previous => S("上一页", "Previous");
    public string Next => S("下一页", "Next");

    /// <summary>Which announcements of how many the page shows.</summary>
    public string Showing(int from, int to, int total) => S($"第 {from}–{to} 条，共 {total} 条", $"{from}–{to} of {total}");
    public string Title => S("标题", "Title");
    public string Lot => S("标段", "Lot");
    public string ProjectCode => S("项目编号", "Project code");
    public string Status => S("状态", "Status");
    public string SaleWindow => S("文件发售期（北京时间）", "Document sale (Beijing time)");
    public string BidDeadline => S("投标截止时间（北京时间）", "Bid deadline (Beijing time)");
    public string Deadline => S("投标截止时间", "Bid deadline");

    public string NotFound => S("未找到该页面或招标项目。", "Page or tender not found.");
    public string BackToList => S("返回公告列表", "Back to the announcements");
    public string Announcement => S("招标公告", "Announcement");
    public string Overview => S("项目信息", "Overview");
    public string Regime => S("适用法律", "Governing law");
    public string EstimatedPrice => S("估算价", "Estimated price");
    public string Deposit => S("投标保证金", "Bid deposit");
    public string DocumentFee => S("招标文件售价", "Document price");
    public string Schedule => S("时间安排（北京时间）", "Schedule (Beijing time)");
    public string AnnouncedAt => S("公告发布", "Announced");
    public string SaleStart => S("文件发售开始", "Document sale opens");
    public string SaleEnd => S("文件发售截止", "Document sale closes");
    public string OriginalBidDeadline => S("原投标截止时间", "Original bid deadline");
    public string ObjectionCutoff => S("异议截止", "Objections until");
    public string ClarificationCutoff => S("澄清不顺延截止", "Clarifications without moving the deadline until");
    public string Documents => S("招标文件版本", "Document versions");
    public string Version => S("版本", "Version");
    public string Sha256 => S("SHA-256 摘要", "SHA-256 hash");
    public string Size => S("大小（字节）", "Size (bytes)");
    public string PublishedAt => S("发布时间", "Published");
    public string Note => S("说明", "Note");
    public string NoDocuments => S("尚未发布招标文件。", "No documents published yet.");
    public string Clarifications => S("澄清与修改", "Clarifications and amendments");
    public string NoClarifications => S("暂无澄清或修改。", "No clarifications or amendments.");
    public string Questions => S("问题", "Questions");
    public string AmendsVersion => S("对应文件版本", "Document version");
    public string MovedDeadlineTo => S("投标截止时间顺延至", "Bid deadline moved to");
    public string Suspensions => S("暂停记录", "Suspensions");
    public string Objections => S("异议", "Objections");
    public string Terminated => S("终止原因", "Reason for termination");
    public string Opening => S("开标记录", "Opening record");
    public string OpeningStatusLabel => S("开标状态", "Opening status");
    public string BidsReceived => S("递交投标文件数", "Bids received");
    public string NoOpeningRows => S("开标记录尚未公布。", "The opening record is not published yet.");
    public string Bidder => S("投标人", "Bidder");
    public string Price => S("投标报价（元）", "Bid price (yuan)");
    public string Duration => S("工期（日历天）", "Duration (days)");
    public string Outcome => S("解密结果", "Outcome");

    public string LicensingTitle => S("行政许可事项目录（十公开）", "Licensing catalogue (the ten publicities)");
    public string NoLicensingItems => S("暂无许可事项。", "No licensing items.");
    public string Department => S("实施部门", "Department");
    public string Mode => S("办理方式", "Handling mode");
    public string LegalBasis => S("许可依据", "Legal basis");
    public string Procedure => S("办理程序", "Procedure");
    public string Conditions => S("申请条件", "Conditions");
    public string Materials => S("申报材料", "Materials");
    public string PromisedDays => S("承诺时限", "Promised time limit");
    public string Fees => S("收费项目、标准及依据", "Fees, amounts and legal basis");
    public string Free => S("不收费", "Free of charge");
    public string CooperatingDepartments => S("联办部门", "Cooperating departments");

    public string AgenciesTitle => S("招标代理机构名录", "Registered agencies");
    public string NoAgencies => S("暂无登记的代理机构。", "No agencies registered.");
    public string Name => S("名称", "Name");
    public string CreditCode => S("统一社会信用代码", "Unified social credit code");
    public string RegisteredAt => S("登记日期", "Registered");

    /// <summary>A tender's status.</summary>
    public string Of(TenderStatus status) => status switch
    {
        TenderStatus.Registered => S("已进场登记", "Registered"),
        TenderStatus.Announced => S("已发布公告", "Announced"),
        TenderStatus.DocumentsOnSale => S("文件发售中", "Documents on sale"),
        TenderStatus.Tendering => S("投标中", "Accepting bids"),
        TenderStatus.BidDeadlinePassed => S("投标已截止", "Bid deadline passed"),
        TenderStatus.Suspended => S("暂停", "Suspended"),
        TenderStatus.FailedInsufficientBids => S("投标人不足三家，招标失败", "Failed: fewer than three bids"),
        TenderStatus.Terminated => S("已终止", "Terminated"),
        TenderStatus.Opened => S("已开标", "Opened"),
        TenderStatus.Evaluating => S("评标中", "Under evaluation"),
        TenderStatus.CandidatesPublicized => S("中标候选人公示中", "Candidates published"),
        TenderStatus.Awarded => S("已发出中标通知书", "Awarded"),
        TenderStatus.Contracted => S("已签订合同", "Contract signed"),
        TenderStatus.Archived => S("已归档", "Archived"),
        TenderStatus.Retendered => S("重新招标", "To be re-tendered"),
        _ => status.ToString(),
    };

    /// <summary>An opening session's status.</summary>
    public string Of(OpeningStatus status) => status switch
    {
        OpeningStatus.AwaitingShares => S("等待密钥分片", "Awaiting key shares"),
        OpeningStatus.Decrypting => S("解密中", "Decrypting"),
        OpeningStatus.RecordPublished => S("开标记录已公布", "Record published"),
        OpeningStatus.Closed => S("开标结束", "Closed"),
        OpeningStatus.InsufficientBids => S("投标人不足三家，不予开标", "Fewer than three bids: not opened"),
        OpeningStatus.AwaitingBidderParts => S("等待投标人解密", "Awaiting bidders' key parts"),
        _ => status.ToString(),
    };

    /// <summary>What decrypting a bid came to.</summary>
    public string Of(DecryptionOutcome outcome) => outcome switch
    {
        DecryptionOutcome.Opened => S("解密成功", "Opened"),
        DecryptionOutcome.RevokedByBidderFault => S("撤销（投标人原因）", "Revoked (bidder's fault)"),
        DecryptionOutcome.WithdrawnNotBidderFault => S("撤回（非投标人原因）", "Withdrawn (not the bidder's fault)"),
        _ => outcome.ToString(),
    };

    /// <summary>How a licensing item is handled.</summary>
    public string Of(LicensingMode mode) => mode switch
    {
        LicensingMode.Immediate => S("即办件", "Immediate"),
        LicensingMode.Committed => S("承诺件", "Committed"),
        LicensingMode.Joint => S("联办件", "Joint"),
        LicensingMode.CompositeWindow => S("综合窗口", "Composite window"),
        _ => mode.ToString(),
    };

    /// <summary>Which law a tender runs under.</summary>
    public string Of(LegalRegime regime) => regime switch
    {
        LegalRegime.Engineering => S("招标投标法", "Bidding Law"),
        LegalRegime.GovernmentProcurement => S("政府采购法", "Government Procurement Law"),
        _ => regime.ToString(),
    };

    /// <summary>Why a tender was paused.</summary>
    public string Of(SuspensionReason reason) => reason switch
    {
        SuspensionReason.Objection => S("异议", "Objection"),
        SuspensionReason.Complaint => S("投诉", "Complaint"),
        SuspensionReason.Supervisor => S("监督暂停", "Supervisor"),
        _ => reason.ToString(),
    };

    /// <summary>A time limit in working days (0: on the spot).</summary>
    public string WorkingDays(int days) => days == 0 ? S("即时办结", "On the spot") : S($"{days} 个工作日", $"{days} working days");

    /// <summary>Objections raised and still open.</summary>
    public string ObjectionCount(int total, int open) => S($"共 {total} 件，未答复 {open} 件", $"{total} raised, {open} unanswered");

    /// <summary>An amount in fen as yuan.</summary>
    public string Yuan(long fen) => Yuan(fen / 100m);

    /// <summary>An amount in yuan.</summary>
    public string Yuan(decimal yuan) => S("¥", "CNY ") + yuan.ToString("#,##0.00", CultureInfo.InvariantCulture);
}
