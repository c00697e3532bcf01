using System.Globalization;
using TenderHall.Grains.Contracts.Licensing;

namespace TenderHall.Portal.Localization;

/// <summary>The strings of the item guide, the online application, the officers' case desk and the directory desk.</summary>
public sealed partial class PortalText
{
    public string GuideTitle => S("办事指南", "Service guide");
    public string NoSuchItem => S("没有该编码的许可事项，或该事项尚未生效、已取消。", "No licensing item has this code, or it is not in force.");
    public string VersionInForce(int number, DateOnly from) => S($"现行第 {number} 版，自 {Day(from)} 起施行。", $"Version {number}, in force since {Day(from)}.");
    public string VersionNotInForce(int number, DateOnly from, int? inForce) => inForce is { } current
        ? S($"这是第 {number} 版（{Day(from)} 起施行），不是现行版本；现行为第 {current} 版。", $"This is version {number} (from {Day(from)}), not the one in force: version {current} is.")
        : S($"这是第 {number} 版（{Day(from)} 起施行）；该事项目前不在目录中。", $"This is version {number} (from {Day(from)}); the item is not in the directory now.");
    public string SeeVersionInForce => S("查看现行版本", "See the version in force");
    public string ApplyOnline => S("在线申请", "Apply online");
    public string TenPublicities => S("十公开", "The ten publicities");
    public string ItemName => S("事项名称", "Item name");
    public string DownloadSample(string file) => S($"下载示范文本（{file}）", $"Download the sample form ({file})");
    public string LiveProgress => S("办理进度", "Live progress");
    public string FeeItemName => S("收费项目", "Fee item");
    public string FeeStandard => S("收费标准", "Fee standard");
    public string FeeBasis => S("收费依据", "Fee basis");
    public string WhereToApply => S("办理部门与窗口", "Department and window");
    public string WindowLabel => S("办理窗口", "Window");
    public string OutsideCentre => S("经省政府批准在中心外办理", "Approved to stay outside the centre");
    public string NetworkedAt(string department) => S($"由联网部门 {department} 办理", $"Handled by the networked department {department}");
    public string TradeCertificateNeeded => S("是否需交易凭证", "Trade certificate");
    public string YesLabel => S("是", "Yes");
    public string NoLabel => S("否", "No");
    public string Versions => S("历史版本", "Versions");
    public string VersionNumber => S("版本", "Version");
    public string VersionLabel(int number) => S($"第 {number} 版", $"Version {number}");
    public string ChangeKind => S("调整类型", "Change");
    public string EffectiveFrom => S("生效日期", "Effective from");
    public string ApprovalDocument => S("批复文号", "Approval document");

    /// <summary>A day in Beijing, as the directory dates its versions.</summary>
    public string Day(DateOnly day) => day == DateOnly.MinValue ? S("目录版本化之前", "before versioning") : day.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    public string Of(DirectoryChange change) => change switch
    {
        DirectoryChange.Add => S("新增", "Add"),
        DirectoryChange.Change => S("变更", "Change"),
        _ => S("取消", "Withdraw"),
    };

    public string Of(ProposalStatus status) => status switch
    {
        ProposalStatus.Proposed => S("部门已申请，待中心审核", "Proposed, awaiting the centre's review"),
        ProposalStatus.Reviewed => S("中心已审核，待省政府审批", "Reviewed, awaiting the provincial approval"),
        ProposalStatus.Approved => S("省政府已批准", "Approved"),
        _ => S("已退回", "Returned"),
    };

    public string ApplyTitle => S("在线申请", "Apply online");
    public string ApplySignIn => S("请先登录后再提交申请；已填写的内容会保留在本页。", "Sign in before you submit; what you have filled in stays on this page.");
    public string ApplicantName => S("申请人名称", "Applicant's name");
    public string ApplicationSubject => S("申请的项目或事项", "Project or matter applied for");
    public string ApplicationAmount => S("涉及金额（元，可不填）", "Amount involved in yuan (optional)");
    public string ProjectKindLabel => S("项目类型", "Kind of project");
    public string ProjectKindOther => S("其他项目", "Other project");
    public string ProjectKindInvestment => S("政府投资项目", "Government investment project");
    public string ProjectKindProcurement => S("政府采购项目", "Government procurement project");
    public string CertificateHint => S("政府投资和政府采购项目须粘贴中心出具的交易凭证（JSON）。", "Government investment and procurement projects paste the centre's trade certificate (JSON).");
    public string UploadProgress(string material) => S($"{material} 上传进度", $"Upload of {material}");
    public string MaterialsHint => S("请按申报材料逐项上传；材料不全的，窗口将一次性告知需要补正的全部内容（行政许可法第三十二条）。",
        "Upload each material; if any is missing, the window tells you everything to add in one notice (ALL 32).");
    public string SubmitApplication => S("提交申请", "Submit the application");
    public string ApplicationReceived => S("申请已提交", "Application received");
    public string ReceivedAtLabel => S("接收时间（北京时间）", "Received (Beijing time)");
    public string NoticeDueLabel => S("补正告知期限（5个工作日，北京时间）", "Notice of missing materials due (5 working days, Beijing time)");
    public string DownloadCaseReceipt => S("下载申请材料接收凭证（PDF，平台签章）", "Download the receipt (PDF signed by the platform)");
    public string UploadingMaterials => S("正在上传：", "Uploading:");
    public string ApplicantMissing => S("请填写申请人名称", "Enter the applicant's name");
    public string SubjectMissing => S("请填写申请的项目或事项", "Enter the project or matter");
    public string AmountInvalid => S("金额须为数字，最多两位小数", "The amount is a number with at most two decimals");
    public string MaterialsMissing => S("请至少上传一项申报材料", "Upload at least one material");
    public string ProjectCodeMissing => S("政府投资和政府采购项目请填写项目编号", "Enter the project code of a government project");

    public string CaseDeskTitle => S("办件办理台", "Case desk");
    public string CaseDeskIntro => S(
        "本部门（窗口）的即办件、承诺件和综合窗口办件，按最近到期的期限排列。受理、一次性告知、审查、期限中止与恢复、延期、决定和发证均在此办理。",
        "Your department's (or window's) immediate, committed and composite-window cases, the nearest clock first: acceptance, the one-time notice, review, clock stops, the extension, the decision and the certificate.");
    public string NextClock => S("最近期限（北京时间）", "Next clock (Beijing time)");
    public string HandleCase => S("办理", "Handle");
    public string NoDeskCases => S("暂无待办办件。", "No open cases.");
    public string CaseSteps => S("办理记录", "Steps");
    public string CaseActions => S("办理", "Handle the case");
    public string ActionText => S("意见、理由或书面告知内容", "Opinion, reason or the text of the written notice");
    public string ActionTextHint => S("不予受理、审查、期限中止、延期和决定均须写明理由。", "Refusal, review, clock stop, extension and decision each need their reason.");
    public string NoticeLegend => S("一次性告知：需要补正的全部材料", "One-time notice: everything the applicant must add");
    public string NoticeOther => S("其他需要补正的内容（每行一项）", "Anything else to add (one a line)");
    public string ActAccept => S("受理", "Accept");
    public string ActNotice => S("出具一次性告知书", "Issue the one-time notice");
    public string ActRefuse => S("不予受理", "Refuse (outside our powers)");
    public string ActReview => S("提交审查意见", "Record the review");
    public string ActStop => S("期限中止（书面告知）", "Stop the clock (written notice)");
    public string ActRestart => S("恢复计算期限", "Restart the clock");
    public string ActExtend => S("延长10个工作日", "Extend by 10 working days");
    public string ActGrant => S("准予许可", "Grant");
    public string ActDeny => S("不予许可", "Refuse the licence");
    public string ActCertify => S("制发证件", "Issue the certificate");
    public string StepDocument => S("文书PDF", "PDF");
    public string ActionDone => S("已办理，当前状态：", "Done; the case is now:");
    public string ClockStoppedNow => S("期限中止", "Clock stopped");
    public string ActionTextRequired => S("请填写意见、理由或书面告知内容", "Enter the opinion, reason or notice text");
    public string NoticeRequired => S("请勾选或填写需要补正的材料", "Tick or enter what the applicant must add");
    public string VersionColumn => S("事项版本", "Item version");
    public string LimitLabel => S("办理时限（工作日，含延长）", "Limit (working days, extension included)");
    public string ExtendedLabel => S("是否已延期", "Extended");
    public string StoppedDaysLabel => S("中止的工作日", "Working days stopped");
    public string CertificateDueLabel => S("发证期限（10个工作日，北京时间）", "Certificate due (10 working days, Beijing time)");

    public string DirectoryDeskTitle => S("事项目录调整审批", "Item directory approvals");
    public string DirectoryDeskIntro => S(
        "事项的新增、变更和取消由部门申请，中心审核，省政府批准，自批准的生效日期起施行；历史版本长期公开。",
        "Adding, changing or withdrawing an item: the department proposes, the centre reviews, the provincial government approves it from its effective day; every version stays public.");
    public string OpenProposals => S("待办的调整申请", "Open proposals");
    public string ItemCode => S("事项编码", "Item code");
    public string ProposalStatusLabel => S("办理状态", "Status");
    public string NoProposals => S("暂无待办的调整申请。", "No open proposals.");
    public string ProposedText => S("申请公布的内容", "Proposed text");
    public string ChangesAgainstCurrent => S("与现行版本的差异", "Changes against the version in force");
    public string OpinionLabel => S("审核或审批意见", "Opinion");
    public string ReviewPass => S("审核通过，报省政府审批", "Pass to the provincial government");
    public string ReviewReturn => S("退回部门", "Return to the department");
    public string DecisionApprove => S("批准", "Approve");
    public string DecisionReturn => S("不予批准，退回", "Do not approve; return");
    public string ProposeTitle => S("申请调整本部门事项", "Propose a change to your department's item");
    public string ProposeIntro => S("输入事项编码可载入现行版本后修改；新增事项请直接填写。", "Enter an item code and load the version in force to change it; for a new item fill in the form.");
    public string LoadCurrent => S("载入现行版本", "Load the version in force");
    public string PromisedDaysInput => S("承诺时限（工作日，即办件填0）", "Promised limit (working days; 0 for immediate items)");
    public string OneALine => S("每行一项", "One a line");
    public string ProposalReason => S("调整理由", "Reason");
    public string SubmitProposal => S("提交调整申请", "Submit the proposal");
    public string ProposalSubmitted => S("调整申请已提交：", "Proposal submitted:");
    public string ProposedBy => S("申请人及时间", "Proposed by");
    public string CentreReview => S("中心审核", "Centre's review");
    public string NoChangeAgainstCurrent => S("与现行版本相同", "Same as the version in force");
    public string WithdrawDiff => S("取消事项：自生效日期起退出目录，各历史版本仍可查阅", "Withdrawal: the item leaves the directory from the effective day; its versions stay readable");
    public string NewItemDiff => S("新增事项，目录中尚无现行版本", "A new item: no version in force yet");
    public string OpinionRequired => S("请填写意见", "Enter the opinion");
    public string DocumentRequired => S("请填写批复文号", "Enter the approval document number");
    public string CodeMissing => S("请填写事项编码", "Enter the item code");
    public string NameMissing => S("请填写事项名称", "Enter the item name");
    public string BasisMissing => S("请填写许可依据", "Enter the legal basis");
    public string DaysInvalid => S("承诺时限须为0至45的整数", "The promise is a whole number of working days");
    public string WindowMissing => S("请填写办理窗口", "Enter the window");
    public string LinesMissing => S("请至少填写一项", "Enter at least one line");
    public string EffectiveMissing => S("请选择生效日期", "Choose the effective day");
    public string ReasonMissing => S("请填写调整理由", "Enter the reason");
}
