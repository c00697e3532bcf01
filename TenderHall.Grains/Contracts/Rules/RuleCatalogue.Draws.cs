namespace TenderHall.Grains.Contracts.Rules;

/// <summary>Rules of the expert draw (BL 37, BLR 46; docs/experts.md).</summary>
public static partial class RuleCatalogue
{
    private static IEnumerable<Rule> Draws() =>
    [
        new("DRAW-COMPOSITION", "BL 37 (≥ 5 members, odd, experts ≥ 2/3)", RuleKind.Invalid,
            "The committee is not lawful: {detail}.",
            "评标委员会组成不合法：{detail}。"),
        new("DRAW-POOL", "BLR 46 (random draw from the expert database)", RuleKind.Conflict,
            "Specialty {specialty} has {eligible} eligible experts after recusal; the draw needs {needed}. Change the seats or the backups.",
            "专业 {specialty} 回避后仅有 {eligible} 名可抽取专家，本次抽取需要 {needed} 名。请调整席位或备选人数。"),
        new("DRAW-TIMING", "BL 22, BLR 46 (draw after the bid deadline, before the evaluation)", RuleKind.Conflict,
            "The draw for tender {tender} cannot be requested now: {detail}.",
            "招标项目 {tender} 现在不能申请抽取专家：{detail}。"),
        new("DRAW-STATE", "BLR 46 (the draw's procedure)", RuleKind.Conflict,
            "The expert draw of tender {tender} is {status}: '{action}' is not possible now.",
            "招标项目 {tender} 的专家抽取当前为 {status}，不能执行“{action}”。"),
        new("DRAW-SUPERVISOR", "BLR 46 (the draw is supervised)", RuleKind.Conflict,
            "Only the supervisor who checked in to the draw of tender {tender} can do this.",
            "只有已签到的监督人员可执行此操作（招标项目 {tender} 的专家抽取）。"),
        new("DRAW-CONTRIBUTION", "BLR 46 (a seed nobody can choose)", RuleKind.Invalid,
            "The supervisor's contribution is refused: {detail}.",
            "监督人员的随机数贡献被拒绝：{detail}。"),
        new("DRAW-RESPONSE", "BLR 46 (drawn experts confirm and declare no conflict)", RuleKind.Conflict,
            "The answer to the draw of tender {tender} is refused: {detail}.",
            "对招标项目 {tender} 专家抽取的答复被拒绝：{detail}。"),
        new("DRAW-SEALED", "BL 37 (the committee stays secret until the result)", RuleKind.Forbidden,
            "The committee of tender {tender} is sealed until the result is determined.",
            "招标项目 {tender} 的评标委员会名单在中标结果确定前保密。"),
        new("DRAW-RESULT", "BL 37 (the result is determined after the evaluation)", RuleKind.Conflict,
            "The result of tender {tender} cannot be determined before its evaluation starts at {at}.",
            "招标项目 {tender} 的评标于 {at} 开始，此前不能确定中标结果。"),
    ];
}
