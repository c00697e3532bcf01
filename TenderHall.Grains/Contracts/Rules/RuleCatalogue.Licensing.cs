namespace TenderHall.Grains.Contracts.Rules;

/// <summary>Licensing cases: acceptance, the one-time notice, the clocks and the chief representatives' delegation (ALL).</summary>
public static partial class RuleCatalogue
{
    private static IEnumerable<Rule> Licensing() => LicensingCases().Concat(Gate()).Concat(ItemDirectory());

    private static IEnumerable<Rule> LicensingCases() =>
    [
        new("LIC-CASE-NONE", "ALL 40 (progress of a case)", RuleKind.NotFound,
            "There is no licensing case '{id}'; check the case number on the receipt.",
            "没有编号为“{id}”的办件，请核对受理凭证上的办件编号。"),
        new("LIC-CASE-EXISTS", "ALL 32 (one case per application)", RuleKind.Conflict,
            "Case '{id}' already exists; nothing was changed.",
            "办件“{id}”已存在，未作任何更改。"),
        new("LIC-CASE-MODE", "ALL 26, 34, 42, 45 (handling modes)", RuleKind.Conflict,
            "{action} does not apply to {mode} items.",
            "{mode} 事项不适用{action}。"),
        new("LIC-CASE-WINDOW", "ALL 26 (the composite window receives for the deciding department)", RuleKind.Invalid,
            "Item {item} is received at its composite windows ({windows}); name one of them as windowId.",
            "事项 {item} 由综合窗口（{windows}）统一受理，请在 windowId 中指定其中之一。"),
        new("LIC-JOINT-COORDINATION", "ALL 26, 42 (joint handling; seed: the centre coordinates a stuck case)", RuleKind.Conflict,
            "The part of {department} in case {case} is within its limit until {due}; the centre coordinates a part once it is stuck.",
            "办件 {case} 中 {department} 的联办事项尚在办理期限内（至 {due}）；超时后方由中心协调。"),
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
        new("LIC-FEE-CASE", "ALL 58-59 (fees only for published items, collected per case)", RuleKind.NotFound,
            "A licensing fee is collected for a case of its item: there is no case '{case}' of item {item}. Apply first, then open the fee order for the case number.",
            "行政许可收费须对应该事项的办件：没有事项 {item} 的办件“{case}”。请先受理申请，再按办件编号开具收费单。"),
        new("LIC-EXTENSION", "ALL 42 (one extension of 10 working days, approved within the limit)", RuleKind.Conflict,
            "The extension is refused: {detail}.",
            "不予延长办理期限：{detail}。"),
    ];
}
