namespace TenderHall.Grains.Contracts.Rules;

/// <summary>Rules of the evaluation (BL 37-40, BLR 48-53, government procurement's MOF Order 87).</summary>
public static partial class RuleCatalogue
{
    private static IEnumerable<Rule> Evaluation() =>
    [
        new("EVAL-METHOD", "BL 19, BL 40 (the method and criteria are fixed in the tender documents)", RuleKind.Invalid,
            "The evaluation method is not valid: {detail}.",
            "评标办法无效：{detail}。"),
        new("GP-PRICE-WEIGHT", "MOF Order 87 Art 55 (price weight of comprehensive scoring in government procurement; unchecked)", RuleKind.Invalid,
            "The price weight {weight} is below the least {least} points government procurement of {type} allows.",
            "价格分值 {weight} 低于政府采购{type}项目允许的最低 {least} 分。"),
        new("GP-COMMITTEE-7", "MOF Order 87 Art 47 (a budget of CNY 10 M or more needs a committee of seven or more; unchecked)", RuleKind.Conflict,
            "Tender {tender} is a government procurement of CNY 10 M or more: its committee needs at least 7 members, not {size}.",
            "招标项目 {tender} 为采购预算 1000 万元以上的政府采购项目，评标委员会应当不少于 7 人，当前为 {size} 人。"),
        new("EVAL-STATE", "BL 37-40 (evaluation steps in order)", RuleKind.Conflict,
            "The evaluation of tender {tender} is {status}: '{action}' is not possible now.",
            "招标项目 {tender} 的评标当前为 {status}，不能执行“{action}”。"),
        new("EVAL-COMMITTEE", "BL 37, BLR 46 (the drawn committee sits once every seat is confirmed)", RuleKind.Conflict,
            "The committee of tender {tender} is not confirmed: {confirmed} of {seats} drawn seats are confirmed.",
            "招标项目 {tender} 的评标委员会尚未确认：抽取的 {seats} 个席位中已确认 {confirmed} 个。"),
        new("EVAL-MEMBER", "BL 37, BL 44 (only the committee evaluates; EBM 49 records every access)", RuleKind.Forbidden,
            "Only the confirmed members of tender {tender}'s committee who checked in to its evaluation may do this.",
            "只有招标项目 {tender} 评标委员会中已确认并已签到的成员可以执行此操作。"),
        new("EVAL-CLOSED", "BLR 48 (the evaluation time, extended when more than a third of the members ask)", RuleKind.Conflict,
            "The evaluation session of tender {tender} closed at {due} (Beijing time); more than a third of the members may ask for more time before it closes.",
            "招标项目 {tender} 的评标时间已于 {due}（北京时间）截止；超过三分之一的评标委员会成员可在截止前申请延长。"),
        new("EVAL-SUPERVISOR", "EBM 3, seed (supervisors watch the evaluation online)", RuleKind.Conflict,
            "A supervisor who checked in to the evaluation of tender {tender} must do this.",
            "此操作须由已签到的监督人员执行（招标项目 {tender}）。"),
        new("EVAL-SUBMITTED", "BLR 49 (each member evaluates independently)", RuleKind.Conflict,
            "Seat {seat} already submitted its {sheet}; a submitted sheet cannot be changed.",
            "席位 {seat} 已提交{sheet}，提交后不得修改。"),
        new("EVAL-SCORE", "BL 40, BLR 49 (scores by the method in the tender documents)", RuleKind.Invalid,
            "The scores are not valid ({bidder}): {detail}.",
            "评分无效（{bidder}）：{detail}。"),
        new("EVAL-SCORES-SEALED", "BLR 49 (each member evaluates independently)", RuleKind.Forbidden,
            "Seat {seat} has not submitted its own scores: the other members' scores stay sealed until it does.",
            "席位 {seat} 尚未提交本人评分，提交前不得查看其他成员的评分。"),
        new("EVAL-CLARIFICATION", "BL 39, BLR 52 (clarifications in writing, within the committee's time limit)", RuleKind.Conflict,
            "Clarification request {number} is answered already or its deadline {due} (Beijing time) has passed.",
            "第 {number} 号澄清请求已答复或已超过答复期限 {due}（北京时间）。"),
        new("EVAL-SIGNATURE", "BL 40, BLR 53 (every member signs the written report)", RuleKind.Invalid,
            "The signature over the evaluation report does not verify with the key seat {seat} registered at check-in.",
            "评标报告的签名无法用席位 {seat} 签到时登记的密钥验证。"),
    ];
}
