using TenderHall.Grains.Contracts.Licensing;

namespace TenderHall.Portal.Localization;

/// <summary>The strings of the gate check page and the department's desk of joint sub-cases.</summary>
public sealed partial class PortalText
{
    public string GateCheckTitle => S("交易凭证核验", "Trade certificate check");
    public string GateCheckIntro => S(
        "政府投资项目和政府采购项目须在中心完成交易后方可办理后续审批手续。粘贴或上传项目的交易凭证，核验其签名、日志收录及所属项目；未通过的核验将记入透明日志并报送电子监察。",
        "A government-investment or procurement project gets downstream approvals only after trading in the centre. Paste or upload the project's trade certificate to check its signature, its log inclusion and its project; a refused check is logged and reported to supervision.");
    public string TradeCertificateFile => S("交易凭证（JSON）", "Trade certificate (JSON)");
    public string UploadCertificate => S("上传凭证文件", "Upload the certificate file");
    public string CheckCertificate => S("核验", "Check");
    public string GatePassed => S("核验通过", "Passed");
    public string GateRefused => S("核验未通过", "Refused");
    public string GateRule => S("规则", "Rule");
    public string GateReason => S("原因及办理指引", "Reason and what to do");
    public string GateDetail => S("核验详情", "What the check found");
    public string GateTender => S("招标项目", "Tender");
    public string GateExemption => S("省政府豁免文号", "Provincial exemption");
    public string GateLogEntry => S("透明日志条目", "Transparency log entry");

    public string JointDeskTitle => S("联办件办理台", "Joint cases desk");
    public string JointDeskIntro => S(
        "首办窗口受理后分送本部门的联办事项。每个部门在自身时限内办理；超时的事项提交中心协调。",
        "Joint cases the first window opened at your department. Each department decides its part within its own limit; a part past its limit goes to the centre's coordination.");
    public string JointParts => S("各部门办理情况", "Every department's part");
    public string JointOwnDue => S("本部门办理期限（北京时间）", "Your department's limit (Beijing time)");
    public string JointDecide => S("本部门意见", "Your department's decision");
    public string JointOpinion => S("审批意见（同意或不同意均须填写）", "Opinion (required to grant or refuse)");
    public string JointOpinionRequired => S("请填写审批意见。", "Write the opinion first.");
    public string JointGrant => S("同意", "Grant");
    public string JointDeny => S("不同意", "Refuse");
    public string JointEscalated => S("已超时，提交中心协调", "past its limit, with the centre's coordination");
    public string NoSubCases => S("本部门暂无联办件。", "No joint cases at your department.");

    public string Of(SubCaseStatus status) => status switch
    {
        SubCaseStatus.Open => S("办理中", "Open"),
        SubCaseStatus.Approved => S("同意", "Granted"),
        _ => S("不同意", "Refused"),
    };
}
