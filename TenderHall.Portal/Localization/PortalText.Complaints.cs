using TenderHall.Grains.Contracts.Complaints;

namespace TenderHall.Portal.Localization;

/// <summary>The strings of the complainant's page and the supervisors' complaint handling (BLR 60–62, GPL 52–57).</summary>
public sealed partial class PortalText
{
    public string NavComplaints => S("投诉", "Complaints");
    public string MyComplaintsTitle => S("投诉与质疑", "Complaints and challenges");
    public string ComplaintHandlingTitle => S("投诉处理", "Complaint handling");
    public string ComplaintHandlingLink => S("投诉处理（行政监督部门）", "Complaint handling (supervision)");
    public string ComplaintLink => S("提出投诉", "File a complaint");
    public string ComplaintRules => S(
        "投诉应当自知道或者应当知道之日起10日内提出；行政监督部门收到投诉后3个工作日内决定是否受理，自受理之日起30个工作日内作出书面处理决定（招标投标法实施条例第六十条、第六十一条）。政府采购项目应当先提出质疑，对答复不满意或者未在7个工作日内答复的，可以在答复期满后15个工作日内投诉（政府采购法第五十二条至第五十五条）。",
        "A complaint is filed within 10 days of knowing; supervision accepts or rejects it within 3 working days and decides within 30 working days of accepting (BLR 60, 61). In government procurement a challenge comes first; the complaint follows within 15 working days after its 7-working-day answer was due (GPL 52–55).");
    public string FileComplaintTitle => S("提出投诉", "File a complaint");
    public string KnownAt => S("知道或者应当知道的时间（北京时间）", "When you knew or should have known (Beijing time)");
    public string ComplaintText => S("投诉事项、事实和请求", "What is complained of, the facts, and what you ask");
    public string EvidenceFiles => S("证据材料（可多选，上传至平台存证）", "Evidence files (several allowed; stored on the platform)");
    public string ChallengeId => S("政府采购：所依据的质疑编号", "Government procurement: the challenge it follows");
    public string FileComplaint => S("提交投诉", "File the complaint");
    public string ChallengeTitle => S("政府采购质疑（投标人）", "Government procurement challenge (bidders)");
    public string ChallengeText => S("质疑事项和理由", "What is challenged and why");
    public string RaiseChallenge => S("提出质疑", "Raise the challenge");
    public string ChallengeRaised => S("质疑已提出：", "Challenge raised:");
    public string ComplaintFiled => S("投诉已提交：", "Complaint filed:");
    public string MyComplaints => S("我的投诉", "My complaints");
    public string ComplaintId => S("投诉编号", "Complaint");
    public string FiledAt => S("提交时间", "Filed");
    public string AcceptanceDue => S("受理期限（3个工作日）", "Acceptance due (3 working days)");
    public string ComplaintDecisionDue => S("处理决定期限（30个工作日）", "Decision due (30 working days)");
    public string DecisionOutcome => S("处理结果", "Outcome");
    public string TenderSuspended => S("招标项目已暂停", "Tender suspended");
    public string SupervisorNote => S("监督部门意见", "Supervision's reasons");
    public string EvidenceCount => S("证据", "Evidence");
    public string Yes => S("是", "yes");
    public string ComplaintQueue => S("待处理投诉", "Open complaints");
    public string LoadQueue => S("刷新", "Refresh");
    public string Complainant => S("投诉人", "Complainant");
    public string OpenCase => S("查看", "Open");
    public string CaseTitle => S("投诉案件", "The case");
    public string Accept => S("受理", "Accept");
    public string Reject => S("不予受理", "Reject");
    public string SuspendTender => S("暂停招标投标活动（实施条例第六十二条）", "Suspend the tender (BLR 62)");
    public string Decide => S("作出处理决定", "Decide");

    /// <summary>A complaint status in the page's language.</summary>
    public string Of(ComplaintStatus status) => status switch
    {
        ComplaintStatus.Filed => S("已提交，待受理", "Filed, awaiting acceptance"),
        ComplaintStatus.Accepted => S("已受理，处理中", "Accepted, being handled"),
        ComplaintStatus.Rejected => S("不予受理", "Rejected"),
        _ => S("已作出处理决定", "Decided"),
    };

    /// <summary>A complaint outcome in the page's language.</summary>
    public string Of(ComplaintOutcome outcome) => outcome switch
    {
        ComplaintOutcome.Dismissed => S("驳回投诉", "Dismissed"),
        ComplaintOutcome.Reevaluate => S("投诉成立：重新评标", "Upheld: evaluate again"),
        _ => S("投诉成立：重新招标", "Upheld: tender again"),
    };
}
