namespace TenderHall.Grains.Contracts.Rules;

/// <summary>Rules of the expert database (BL 37, BLR 45; the centre's expert rules).</summary>
public static partial class RuleCatalogue
{
    private static IEnumerable<Rule> Experts() =>
    [
        new("EXPERT-ENTRY", "BL 37 (eight years in the field and a senior title or equivalent)", RuleKind.Invalid,
            "The expert cannot enter the database: BL 37 asks for at least 8 years in the field and a senior title or an equivalent level (given: {years} years, {level}).",
            "该专家不能入库：《招标投标法》第三十七条要求从事相关领域工作满八年并具有高级职称或同等专业水平（现为 {years} 年，{level}）。"),
        new("EXPERT-STATUS", "Centre's expert-database rules (status changes)", RuleKind.Conflict,
            "The status of expert {id} cannot change so: {detail}.",
            "专家 {id} 的状态不能如此变更：{detail}。"),
        new("EXPERT-RATING", "BLR 46, centre's expert-database rules (ratings after evaluation)", RuleKind.Invalid,
            "The rating is refused: {detail}.",
            "评价被拒绝：{detail}。"),
        new("EXPERT-APPEAL", "Centre's expert-database rules (appeals against suspension)", RuleKind.Conflict,
            "The appeal is refused: {detail}.",
            "申诉被拒绝：{detail}。"),
        new("EXPERT-IMPORT", "Centre's expert-database rules (import)", RuleKind.BadRequest,
            "The import file cannot be read: {detail}.",
            "导入文件无法读取：{detail}。"),
    ];
}
