using TenderHall.Grains.Contracts.Licensing;

namespace TenderHall.Portal.Localization;

/// <summary>The strings of licensing cases: the public progress query by case number (ALL 40).</summary>
public sealed partial class PortalText
{
    public string CaseProgressTitle => S("办件进度查询", "Case progress");
    public string CaseNumber => S("办件编号", "Case number");
    public string NoSuchCase => S("没有该编号的办件，请核对受理凭证上的办件编号。", "No case has this number; check the number on your receipt.");
    public string LicensingItem => S("许可事项", "Licensing item");
    public string CaseStatusLabel => S("办理状态", "Status");
    public string DecisionDue => S("办理期限（北京时间）", "Decision due (Beijing time)");
    public string NeedsTradeCertificate => S("需交易凭证（政府投资及采购项目）", "Needs the centre's trade certificate (government investment and procurement projects)");
    public string FastTrack => S("重大项目特事特办", "Major-project fast track");

    public string Of(CaseStatus status) => status switch
    {
        CaseStatus.Received => S("已接收", "Received"),
        CaseStatus.AwaitingMaterials => S("待补正材料", "Awaiting materials"),
        CaseStatus.NotAccepted => S("不予受理", "Not accepted"),
        CaseStatus.Accepted => S("已受理", "Accepted"),
        CaseStatus.Reviewed => S("已审查，待决定", "Reviewed, awaiting decision"),
        CaseStatus.ClockStopped => S("特别程序（期限中止）", "Special procedure (clock stopped)"),
        CaseStatus.Approved => S("准予许可", "Granted"),
        CaseStatus.Denied => S("不予许可", "Refused"),
        CaseStatus.JointReview => S("联办审查中", "Joint review by the departments"),
        CaseStatus.Forwarded => S("已转办理部门", "Forwarded to the deciding department"),
        _ => S("已发证", "Certificate issued"),
    };
}
