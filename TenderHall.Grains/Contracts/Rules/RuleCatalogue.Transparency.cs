namespace TenderHall.Grains.Contracts.Rules;

/// <summary>Rules of the public transparency log endpoints.</summary>
public static partial class RuleCatalogue
{
    private static IEnumerable<Rule> Transparency() =>
    [
        new("TLOG-RANGE", "Transparency log API (docs/transparency.md)", RuleKind.BadRequest,
            "The log range is not valid: {detail}.",
            "日志范围无效：{detail}。"),
    ];
}
