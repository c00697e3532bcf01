namespace TenderHall.Grains.Deadlines;

/// <summary>Periods of government procurement: 政府采购法 (GPL), its Regulation (GPR) and MoF Order 87 (GPM).</summary>
internal static class ProcurementPeriods
{
    private const DayUnit Days = DayUnit.CalendarDays;
    private const DayUnit WorkingDays = DayUnit.WorkingDays;

    public static IEnumerable<StatutoryPeriod> All() =>
    [
        // GPL 35 is statute (domain-rules.md, checked): no configuration can lower it. The deadline may fall on day 20.
        new(PeriodId.DocumentsToDeadline, "GPL-35", "GPL 35: 货物或者服务项目采取招标方式采购的，自招标文件开始发出之日起至投标人提交投标文件截止之日止，不得少于二十日",
            20, Days, PeriodShape.MinimumInterval, "documents first issued → bid deadline (open tendering)"),
        // GPR 31: a window that must last 5 working days, to 24:00 of the 5th; its last day is always a working day.
        new(PeriodId.SaleWindow, "GPR-31", "GPR 31: 招标文件的提供期限自招标文件开始发出之日起不得少于5个工作日",
            5, WorkingDays, PeriodShape.MinimumDuration, "documents provision start → provision end"),
        new(PeriodId.Clarification, "GPR-31-CLARIFY", "GPR 31: 澄清或者修改的内容可能影响投标文件编制的，应当在投标截止时间至少15日前书面通知；不足15日的，顺延投标截止时间",
            15, Days, PeriodShape.MinimumLeadTime, "clarification or amendment published → bid deadline", RollsOver: false),
        // GPL 46: not listed in domain-rules.md; from the law's text as recalled, so kept configurable.
        new(PeriodId.Contract, "GPL-46", "GPL 46: 采购人与中标、成交供应商应当在中标、成交通知书发出之日起三十日内签订政府采购合同",
            30, Days, PeriodShape.TimeLimit, "award notice issued → contract signed", Checked: false),
        new(PeriodId.Challenge, "GPL-52", "GPL 52: 供应商认为采购文件、采购过程和中标、成交结果使自己的权益受到损害的，可以在知道或者应知其权益受到损害之日起七个工作日内提出质疑",
            7, WorkingDays, PeriodShape.TimeLimit, "harm known → challenge raised"),
        new(PeriodId.ChallengeAnswer, "GPL-53", "GPL 53: 采购人应当在收到供应商的书面质疑后七个工作日内作出答复",
            7, WorkingDays, PeriodShape.TimeLimit, "challenge received → written answer"),
        new(PeriodId.Complaint, "GPL-55", "GPL 55: 质疑供应商对答复不满意或者未在规定时间内作出答复的，可以在答复期满后十五个工作日内投诉",
            15, WorkingDays, PeriodShape.TimeLimit, "challenge answer due → complaint filed"),
        new(PeriodId.ComplaintDecision, "GPL-56", "GPL 56: 政府采购监督管理部门应当在收到投诉后三十个工作日内作出处理决定",
            30, WorkingDays, PeriodShape.TimeLimit, "complaint received → decision"),
        // domain-rules.md puts both contract periods under GPR 50; the 7-working-day filing is GPL 47's text, so unchecked here.
        new(PeriodId.ContractFiling, "GPL-47", "GPL 47: 采购合同自签订之日起七个工作日内，采购人应当将合同副本报同级政府采购监督管理部门和有关部门备案",
            7, WorkingDays, PeriodShape.TimeLimit, "contract signed → copy filed", Checked: false),
        // Order 87 Art 38 is a secondary source here, so configurable; GPR 38 is checked (domain-rules.md).
        new(PeriodId.DepositRefundOnWithdrawal, "GPM-38", "GPM 38 (secondary source): 投标人在投标截止时间前撤回已提交的投标文件的，应当自收到投标人书面撤回通知之日起5个工作日内，退还已收取的投标保证金",
            5, WorkingDays, PeriodShape.TimeLimit, "written withdrawal received → deposit refunded", Checked: false),
        new(PeriodId.DepositRefundAfterContract, "GPR-38", "GPR 38: 自政府采购合同签订之日起5个工作日内退还中标供应商的投标保证金",
            5, WorkingDays, PeriodShape.TimeLimit, "contract signed → deposit refunded"),
        new(PeriodId.ContractPublication, "GPR-50", "GPR 50: 采购人应当自政府采购合同签订之日起2个工作日内，将政府采购合同在指定媒体上公告",
            2, WorkingDays, PeriodShape.TimeLimit, "contract signed → contract published"),
    ];
}
