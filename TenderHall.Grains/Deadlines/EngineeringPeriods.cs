namespace TenderHall.Grains.Deadlines;

/// <summary>Periods of engineering tendering: 招标投标法 (BL, 2017) and its Regulation (BLR, 2019).</summary>
internal static class EngineeringPeriods
{
    private const DayUnit Days = DayUnit.CalendarDays;
    private const DayUnit WorkingDays = DayUnit.WorkingDays;

    public static IEnumerable<StatutoryPeriod> All() =>
    [
        // BL 24: the deadline's date must be at least issue date + 20 days (start day not counted, CC 201).
        new(PeriodId.DocumentsToDeadline, "BL-24", "BL 24: 自招标文件开始发出之日起至投标人提交投标文件截止之日止，最短不得少于二十日",
            20, Days, PeriodShape.MinimumInterval, "documents first issued → bid deadline"),
        // BLR 16: a window that must last 5 days: the sale runs at least to 24:00 of the 5th day after it opens (CC 201–203).
        new(PeriodId.SaleWindow, "BLR-16", "BLR 16: 招标文件或者资格预审文件的发售期不得少于5日",
            5, Days, PeriodShape.MinimumDuration, "documents sale start → sale end"),
        // BL 23 / BLR 21: counted back from the deadline's date; the anchor is fixed, so CC 203 does not move anything.
        new(PeriodId.Clarification, "BL-23", "BL 23, BLR 21: 在投标截止时间至少十五日前，以书面形式通知所有获取招标文件的潜在投标人；不足十五日的，顺延投标截止时间",
            15, Days, PeriodShape.MinimumLeadTime, "clarification or amendment published → bid deadline", RollsOver: false),
        // BLR 22: "10日前" is read like "至少10日前": the objection's date is at most deadline date − 10 days.
        new(PeriodId.Objection, "BLR-22", "BLR 22: 对招标文件有异议的，应当在投标截止时间10日前提出",
            10, Days, PeriodShape.MinimumLeadTime, "objection to the tender documents raised → bid deadline", RollsOver: false),
        new(PeriodId.ObjectionAnswer, "BLR-22-ANSWER", "BLR 22: 招标人应当自收到异议之日起3日内作出答复；作出答复前，应当暂停招标投标活动",
            3, Days, PeriodShape.TimeLimit, "objection received → answer"),
        new(PeriodId.CandidatePublication, "BLR-54-PUBLISH", "BLR 54: 招标人应当自收到评标报告之日起3日内公示中标候选人",
            3, Days, PeriodShape.TimeLimit, "evaluation report received → candidates published"),
        // BLR 54: a window that must last 3 days, to 24:00 of its 3rd day.
        new(PeriodId.CandidatePublicity, "BLR-54", "BLR 54: 公示期不得少于3日",
            3, Days, PeriodShape.MinimumDuration, "candidate publicity start → publicity end"),
        new(PeriodId.PublicityObjectionAnswer, "BLR-54-ANSWER", "BLR 54: 招标人应当自收到异议之日起3日内作出答复；作出答复前，应当暂停招标投标活动",
            3, Days, PeriodShape.TimeLimit, "objection to the candidates received → answer"),
        new(PeriodId.Contract, "BL-46", "BL 46, BLR 57: 自中标通知书发出之日起三十日内，按照招标文件和中标人的投标文件订立书面合同",
            30, Days, PeriodShape.TimeLimit, "award notice issued → contract signed"),
        new(PeriodId.WrittenReport, "BL-47", "BL 47: 自确定中标人之日起十五日内，向有关行政监督部门提交招标投标情况的书面报告",
            15, Days, PeriodShape.TimeLimit, "winner determined → written report filed"),
        new(PeriodId.DepositRefundOnWithdrawal, "BLR-35", "BLR 35: 自收到投标人书面撤回通知之日起5日内退还投标保证金",
            5, Days, PeriodShape.TimeLimit, "written withdrawal received → deposit refunded"),
        new(PeriodId.DepositRefundAfterContract, "BLR-57", "BLR 57: 最迟应当在书面合同签订后5日内向中标人和未中标的投标人退还投标保证金及银行同期存款利息",
            5, Days, PeriodShape.TimeLimit, "contract signed → deposits refunded with interest"),
        new(PeriodId.Complaint, "BLR-60", "BLR 60: 自知道或者应当知道之日起10日内向有关行政监督部门投诉",
            10, Days, PeriodShape.TimeLimit, "breach known → complaint filed"),
        new(PeriodId.ComplaintAcceptance, "BLR-61-ACCEPT", "BLR 61: 行政监督部门应当自收到投诉之日起3个工作日内决定是否受理投诉",
            3, WorkingDays, PeriodShape.TimeLimit, "complaint received → accepted or rejected"),
        new(PeriodId.ComplaintDecision, "BLR-61-DECIDE", "BLR 61: 自受理投诉之日起30个工作日内作出书面处理决定（需要检验、检测、鉴定、专家评审的，所需时间不计算在内）",
            30, WorkingDays, PeriodShape.TimeLimit, "complaint accepted → written decision"),
    ];
}
