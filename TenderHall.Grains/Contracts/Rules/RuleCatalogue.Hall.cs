namespace TenderHall.Grains.Contracts.Rules;

/// <summary>Rules of the hall: queue tickets per window (排号), the fast-track window (特事特办) and the board.</summary>
public static partial class RuleCatalogue
{
    private static IEnumerable<Rule> Hall() =>
    [
        new("HALL-WINDOW-NONE", "Seed: one hall, a window per department (一个中心对外)", RuleKind.NotFound,
            "There is no window '{window}' in the hall; take a ticket at a department's window.",
            "大厅没有“{window}”窗口，请选择部门窗口取号。"),
        new("HALL-WINDOW-OFFICER", "Seed: each window's own officers call its queue", RuleKind.Forbidden,
            "Only the window officers of {window} call, recall, serve or mark absent its tickets.",
            "只有 {window} 窗口的工作人员可以叫号、重呼、办结或标记过号。"),
        new("HALL-QUEUE-DAY", "Seed: queue numbers are given out per day (Beijing time)", RuleKind.Conflict,
            "The queue of {date} is closed; today is {today} (Beijing time).",
            "{date} 的排号已结束，今天是 {today}（北京时间）。"),
        new("HALL-QUEUE-FULL", "Seed: queue numbers per day", RuleKind.Conflict,
            "This window has given out its {max} tickets for today; come back tomorrow or apply online.",
            "该窗口今日 {max} 个号已取完，请明日再来或网上申办。"),
        new("HALL-QUEUE-EMPTY", "Seed: calling in order", RuleKind.Conflict,
            "Nobody is waiting at this window.",
            "该窗口当前没有等候的号。"),
        new("HALL-TICKET-NONE", "Seed: queue numbers per day", RuleKind.NotFound,
            "There is no ticket {ticket} at this window today.",
            "该窗口今日没有 {ticket} 号。"),
        new("HALL-TICKET-STATE", "Seed: call, recall, serve or mark absent in order", RuleKind.Conflict,
            "Ticket {ticket} is {status}: {action} is not possible now.",
            "{ticket} 号当前为 {status}，现在不能{action}。"),
        new("HALL-TICKET-ITEM", "ALL 26 (each item is received at its own window)", RuleKind.Invalid,
            "Item {item} is not received at window {window}; take the ticket at the item's window.",
            "事项 {item} 不在 {window} 窗口受理，请到该事项的窗口取号。"),
        new("HALL-TICKET-RATE", "Seed: queue numbers in the order visitors come (排号); platform security policy (ticket limits)", RuleKind.TooManyRequests,
            "Too many tickets were taken from this address or by this account; taking tickets is paused. Try again in {seconds} seconds, or ask at the hall's information desk.",
            "该地址或该账号取号过多，已暂停取号，请在 {seconds} 秒后重试，或到大厅咨询台求助。"),
        new("HALL-TICKET-SECRET", "国办发〔2019〕51号 (一次一评: the visitor served rates the visit)", RuleKind.Forbidden,
            "The rating code does not match ticket {ticket}; use the code printed on the ticket.",
            "评价码与 {ticket} 号不符，请使用号票上的评价码。"),
        new("RATING-VISIT-ONCE", "国办发〔2019〕51号 (一次一评: one rating per visit)", RuleKind.Conflict,
            "The visit of ticket {ticket} has already been rated; a visit is rated once.",
            "{ticket} 号的本次办事已经评价；一次一评，不能重复评价。"),
        new("RATING-VISIT-NOT-YET", "国办发〔2019〕51号 (rate the visit once served)", RuleKind.Conflict,
            "Ticket {ticket} is {status}; the visit can be rated once it was served.",
            "{ticket} 号当前为 {status}，办理完毕后方可评价。"),
    ];
}
