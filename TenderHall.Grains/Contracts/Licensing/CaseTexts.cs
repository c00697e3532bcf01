namespace TenderHall.Grains.Contracts.Licensing;

/// <summary>The name of each step kind in Chinese and English: notifications, progress and document titles.</summary>
public static class CaseTexts
{
    private static readonly Dictionary<string, (string Zh, string En)> Names = new(StringComparer.Ordinal)
    {
        ["received"] = ("申请材料接收凭证", "Receipt of application materials"),
        ["notice"] = ("补正材料一次性告知书", "One-time notice of missing materials"),
        ["supplemented"] = ("补正材料接收凭证", "Receipt of supplemented materials"),
        ["accepted"] = ("受理通知书", "Notice of acceptance"),
        ["deemed-accepted"] = ("视为受理通知书", "Notice of deemed acceptance"),
        ["not-accepted"] = ("不予受理决定书", "Decision not to accept"),
        ["reviewed"] = ("审查意见", "Review opinion"),
        ["clock-stopped"] = ("特别程序告知书（期限中止）", "Notice of special procedure (clock stopped)"),
        ["clock-restarted"] = ("期限恢复计算告知书", "Notice that the clock restarts"),
        ["extended"] = ("延长办理期限告知书", "Notice of extension"),
        ["approved"] = ("准予行政许可决定书", "Decision granting the licence"),
        ["denied"] = ("不予行政许可决定书", "Decision refusing the licence"),
        ["certified"] = ("许可证件送达回证", "Certificate delivery receipt"),
        ["sub-cases-opened"] = ("联办分送通知", "Notice of the joint sub-cases opened"),
        ["sub-case-approved"] = ("联办部门审批意见（同意）", "A department's joint opinion (granted)"),
        ["sub-case-denied"] = ("联办部门审批意见（不同意）", "A department's joint opinion (refused)"),
        ["sub-case-escalated"] = ("联办超时提请协调", "A joint sub-case referred to the centre's coordination"),
        ["coordinated"] = ("联合审批协调会议纪要", "Minutes of the joint coordination meeting"),
        ["forwarded"] = ("综合窗口转办单", "Forwarded by the composite window"),
    };

    /// <summary>Every step kind.</summary>
    public static IEnumerable<string> Kinds => Names.Keys;

    /// <summary>The Chinese name of <paramref name="kind"/>.</summary>
    public static string Zh(string kind) => Names[kind].Zh;

    /// <summary>The English name of <paramref name="kind"/>.</summary>
    public static string En(string kind) => Names[kind].En;
}
