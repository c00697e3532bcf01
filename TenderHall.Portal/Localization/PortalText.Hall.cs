using TenderHall.Grains.Contracts.Hall;

namespace TenderHall.Portal.Localization;

/// <summary>The strings of the hall's pages: tickets, the queue desk, visit ratings, the board and the performance charts.</summary>
public sealed partial class PortalText
{
    public string NavHall => S("办事大厅", "Service hall");
    public string HallTitle => S("办事大厅", "Service hall");
    public string HallIntro => S("在窗口排队取号、评价本次办事、查看大厅信息屏；窗口工作人员叫号，中心查看绩效。",
        "Take a ticket for a window, rate your visit, watch the hall board; window officers call the queue, the centre reads the performance figures.");
    public string HallErrorTitle => S("请更正以下问题", "There is a problem");

    public string TicketTitle => S("排队取号", "Take a ticket");
    public string TicketIntro => S("选择办理窗口取号。号票只有号码，不记录您的姓名等个人信息。重大项目（特事特办）优先叫号。",
        "Choose the window you need. The ticket has a number only: no name or other personal data is taken. Major-project (fast-track) tickets are called first.");
    public string TicketWindow => S("办理窗口", "Window");
    public string TicketChoose => S("请选择", "Choose");
    public string TicketItem => S("办理事项（可选）", "Item (optional)");
    public string TicketProject => S("项目代码（可选，重大项目优先）", "Project code (optional; major projects first)");
    public string TicketTake => S("取号", "Take a ticket");
    public string TicketWindowRequired => S("请选择办理窗口", "Choose a window");
    public string TicketYours => S("您的号码", "Your number");
    public string TicketAhead => S("前面等候", "Waiting before you");
    public string TicketDate => S("日期（北京时间）", "Day (Beijing time)");
    public string TicketSecret => S("评价码（办理完毕后凭此码评价，请妥善保存）", "Rating code (keep it: rate your visit with it once served)");
    public string TicketRateLink => S("办理完毕后评价本次办事", "Rate this visit once served");
    public string TicketTaken => S("取号成功。", "Ticket taken.");

    public string DeskTitle => S("窗口叫号", "Queue desk");
    public string DeskIntro => S("叫号时特事特办号（V）优先，其次按取号先后；叫号后可重呼、办结或标记过号。", "Calling takes fast-track tickets (V) first, then the others in the order taken; a called ticket can be recalled, served or marked absent.");
    public string DeskSignedOut => S("尚未登录或登录已过期，请以窗口工作人员身份登录后返回本页；已填写的内容会保留。", "You are not signed in or the sign-in expired: sign in as a window officer and come back; what you entered is kept.");
    public string DeskCounter => S("柜台号", "Counter");
    public string DeskCounterRequired => S("请填写柜台号（1-20 个字符）", "Enter the counter (1-20 characters)");
    public string DeskCall => S("叫下一位", "Call the next");
    public string DeskRecall => S("重呼", "Recall");
    public string DeskServe => S("办结", "Served");
    public string DeskNoShow => S("过号", "No-show");
    public string DeskCalled => S("已叫号：", "Called: ");
    public string DeskTickets => S("今日号票", "Today's tickets");
    public string DeskCode => S("号码", "Number");
    public string DeskLane => S("通道", "Lane");
    public string DeskStatus => S("状态", "Status");
    public string DeskTakenAt => S("取号时间", "Taken at");
    public string DeskActions => S("操作", "Actions");
    public string DeskWaitingRegular => S("普通号等候", "Regular waiting");
    public string DeskWaitingFast => S("特事特办号等候", "Fast-track waiting");
    public string DeskServed => S("已办结", "Served");
    public string DeskNoShows => S("过号", "No-shows");
    public string DeskWindow => S("窗口", "Window");

    public string RateTitle => S("评价本次办事（一次一评）", "Rate your visit");
    public string RateIntro => S("每次办事可评价一次。差评由窗口所在部门核实、整改、回访并记录。您的意见只有该部门、中心和监督人员可见。",
        "Each visit is rated once. A bad rating is verified, rectified, called back and recorded by the window's department. Your words are seen only by that department, the centre and supervision.");
    public string RateTicket => S("号码", "Ticket number");
    public string RateCode => S("评价码", "Rating code");
    public string RateLevel => S("评价等级", "Your rating");
    public string RateComment => S("意见（可选，最多 500 字）", "Comment (optional, at most 500 characters)");
    public string RateSend => S("提交评价", "Send the rating");
    public string RateThanks => S("感谢您的评价。", "Thank you for your rating.");
    public string RateFollowUp => S("差评将由部门在以下期限前跟进处理（北京时间）：", "The department follows the bad rating up by (Beijing time): ");
    public string RateWindowRequired => S("请选择办理窗口", "Choose the window");
    public string RateDateRequired => S("请填写取号日期", "Enter the day of the ticket");
    public string RateTicketRequired => S("请填写号码，例如 A001", "Enter the ticket number, e.g. A001");
    public string RateCodeRequired => S("请填写号票上的评价码", "Enter the rating code printed on the ticket");
    public string RateLevelRequired => S("请选择评价等级", "Choose a rating");
    public string RateCommentTooLong => S("意见最多 500 字", "The comment has at most 500 characters");

    public string BoardTitle => S("大厅信息屏", "Hall board");
    public string BoardCalling => S("正在叫号", "Now calling");
    public string BoardGoTo => S("请到", "please go to counter");
    public string BoardCounter => S("号柜台", "");
    public string BoardNoCalls => S("暂无叫号", "No number called");
    public string BoardWaiting => S("等候", "waiting");
    public string BoardFastTrack => S("特事特办", "fast-track");
    public string BoardCases => S("办件情况", "Cases by status");
    public string BoardOpenings => S("今日开标", "Today's openings");
    public string BoardDraws => S("今日专家抽取", "Today's expert draws");
    public string BoardNone => S("今日暂无", "None today");
    public string BoardTime => S("时间", "Time");
    public string BoardTender => S("项目", "Tender");
    public string BoardUpdated => S("更新于", "Updated");
    public string BoardDepartment => S("部门", "Department");
    public string BoardCount => S("件数", "Cases");

    public string PerformanceTitle => S("绩效统计", "Performance");
    public string PerformanceIntro => S("按受理日期统计各部门、窗口和工作人员的按时办结率、现场办结率、超期件数、平均办理时长（工作日）和评价；特事特办件单独统计。",
        "On-time rate, on-the-spot completion, overdue cases, average handling time (working days) and ratings per department, window and officer, over the cases accepted in the period; fast-track cases apart.");
    public string PerformanceDepartment => S("部门（留空为全部）", "Department (blank: all)");
    public string PerformanceFrom => S("受理日期自", "Accepted from");
    public string PerformanceTo => S("至", "to");
    public string PerformanceFigure => S("图表指标", "Chart figure");
    public string PerformanceBy => S("图表分组", "Chart per");
    public string PerformanceShow => S("查询", "Show");
    public string PerformanceChart => S("图表", "Chart");
    public string PerformanceTable => S("数据表", "Figures");
    public string PerformanceUnit => S("统计对象", "Whose");
    public string PerformanceLane => S("类别", "Cases");
    public string PerformanceAccepted => S("受理", "Accepted");
    public string PerformanceDecided => S("办结", "Decided");
    public string PerformanceOnTime => S("按时办结率", "On-time rate");
    public string PerformanceOnTheSpot => S("现场办结率", "On-the-spot rate");
    public string PerformanceOverdue => S("超期", "Overdue");
    public string PerformanceAverage => S("平均办理时长（工作日）", "Average handling (working days)");
    public string PerformanceSatisfied => S("满意率", "Satisfied rate");
    public string PerformanceRegular => S("普通件", "Regular");
    public string PerformanceFast => S("特事特办件", "Fast-track");
    public string PerformanceWindow => S("窗口", "Window");
    public string PerformanceOfficer => S("工作人员", "Officer");
    public string PerformanceDeemed => S("（视为受理）", "(deemed accepted)");
    public string PerformanceDatesWrong => S("起始日期不能晚于截止日期", "The first day cannot be after the last");
    public string PerformanceDepartmentRequired => S("按窗口或工作人员分组时请填写部门", "Enter the department to chart its windows or officers");
    public string PerformanceNone => S("该期间没有受理的办件。", "No case was accepted in the period.");

    public string RatingWindowsCaption => S("各窗口评价结果", "Results per window");
    public string RatingCases => S("办件评价", "Case ratings");
    public string RatingVisits => S("现场办事评价", "Visit ratings");

    public string Of(TicketStatus status) => status switch
    {
        TicketStatus.Waiting => S("等候中", "Waiting"),
        TicketStatus.Called => S("已叫号", "Called"),
        TicketStatus.Served => S("已办结", "Served"),
        _ => S("过号", "No-show"),
    };

    public string Of(QueueLane lane) => lane == QueueLane.FastTrack ? S("特事特办", "Fast-track") : S("普通", "Regular");
}
