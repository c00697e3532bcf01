namespace TenderHall.Grains.Contracts.Rules;

/// <summary>Licensing cases: acceptance, the one-time notice, the clocks and the chief representatives' delegation (ALL).</summary>
public static partial class RuleCatalogue
{
    private static IEnumerable<Rule> Licensing() =>
    [
        new("LIC-CASE-NONE", "ALL 40 (progress of a case)", RuleKind.NotFound,
            "There is no licensing case '{id}'; check the case number on the receipt.",
            "没有编号为“{id}”的办件，请核对受理凭证上的办件编号。"),
        new("LIC-CASE-EXISTS", "ALL 32 (one case per application)", RuleKind.Conflict,
            "Case '{id}' already exists; nothing was changed.",
            "办件“{id}”已存在，未作任何更改。"),
        new("LIC-CASE-MODE", "ALL 26, 34, 42, 45 (handling modes)", RuleKind.Conflict,
            "{action} does not apply to {mode} items; joint and composite-window items are received at the hall's first window.",
            "{mode} 事项不适用{action}；联办件和综合窗口事项请到大厅首办窗口申请。"),
        new("LIC-CASE-STATE", "ALL 32-44 (order of the procedure)", RuleKind.Conflict,
            "Case {case} is {status}: {action} is not possible now.",
            "办件 {case} 当前为 {status}，现在不能办理：{action}。"),
        new("LIC-CASE-INCOMPLETE", "ALL 32 (acceptance of complete materials)", RuleKind.Conflict,
            "The materials are incomplete ({missing}); issue the one-time notice of everything missing instead of accepting.",
            "申请材料不齐全（{missing}），不能受理，请一次性告知申请人需要补正的全部内容。"),
        new("LIC-CASE-NOTICE-ONCE", "ALL 32 (一次性告知)", RuleKind.Conflict,
            "The one-time notice of case {case} was already issued; there is no second notice.",
            "办件 {case} 已出具补正材料一次性告知书，不得再次告知。"),
        new("LIC-CASE-NOTICE-ALL", "ALL 32 (一次性告知: everything missing at once)", RuleKind.Invalid,
            "The one-time notice must list everything missing; it lacks: {missing}.",
            "一次性告知书须列明需要补正的全部内容，尚缺：{missing}。"),
        new("LIC-CASE-DEPARTMENT", "ALL 22-23 (the department decides within its powers)", RuleKind.Forbidden,
            "Only the officers of {department} in their role handle '{case}'.",
            "只有 {department} 的相应岗位人员可以办理“{case}”。"),
        new("LIC-DELEGATION", "Seed: chief representatives act inside the department head's delegation", RuleKind.Forbidden,
            "Outside your delegation: {detail}. Ask the department head to extend it, or pass the case to the department.",
            "超出授权范围：{detail}。请部门负责人调整授权，或将办件转部门办理。"),
        new("LIC-DELEGATION-GRANT", "Seed: delegation to chief representatives", RuleKind.Invalid,
            "The delegation is not valid: {detail}.",
            "授权内容无效：{detail}。"),
        new("LIC-DELEGATION-NONE", "Seed: delegation to chief representatives", RuleKind.NotFound,
            "No delegation is granted under '{id}'.",
            "“{id}”下没有授权。"),
        new("LIC-EXTENSION", "ALL 42 (one extension of 10 working days, approved within the limit)", RuleKind.Conflict,
            "The extension is refused: {detail}.",
            "不予延长办理期限：{detail}。"),
    ];
}
