namespace TenderHall.Grains.Contracts.Rules;

/// <summary>The service item library's dynamic directory: department proposal, centre review, provincial approval, effective dates.</summary>
public static partial class RuleCatalogue
{
    private static IEnumerable<Rule> ItemDirectory() =>
    [
        new("LIC-ITEM-PROMISE", "ALL 34, 42 (time limits: on the spot; 20 working days, 45 for joint handling)", RuleKind.Invalid,
            "A promise of {days} working days is not allowed: {detail}.",
            "承诺时限 {days} 个工作日不合法：{detail}。"),
        new("LIC-DIR-ROLE", "Seed: the dynamic directory (department proposes, centre reviews, provincial government approves)", RuleKind.Forbidden,
            "The {step} of a directory change is made by the role {role}; yours cannot make it.",
            "动态目录调整的此环节（{step}）由 {role} 办理，您的角色不能办理。"),
        new("LIC-DIR-DEPARTMENT", "ALL 22-23, 30 (a department publishes its own items)", RuleKind.Forbidden,
            "Only the head of {department} proposes changes to item {item}.",
            "只有 {department} 的负责人可以提出事项 {item} 的调整。"),
        new("LIC-DIR-PENDING", "Seed: the dynamic directory (one change at a time)", RuleKind.Conflict,
            "Proposal {sequence} of item {item} is still {status}; wait for its review and approval before proposing again.",
            "事项 {item} 的第 {sequence} 号调整申请尚在办理（{status}），请待其审核、审批后再提出。"),
        new("LIC-DIR-STATE", "Seed: the dynamic directory (add, change, withdraw)", RuleKind.Conflict,
            "Item {item}: {detail}.",
            "事项 {item}：{detail}。"),
        new("LIC-DIR-EFFECTIVE", "ALL 5, 30 (published before it applies; never backwards)", RuleKind.Invalid,
            "The effective date {date} is not possible: {detail}. Choose today or a later day.",
            "生效日期 {date} 不可行：{detail}。请选择今天或以后的日期。"),
    ];
}
