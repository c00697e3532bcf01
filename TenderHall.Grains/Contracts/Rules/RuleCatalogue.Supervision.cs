namespace TenderHall.Grains.Contracts.Rules;

/// <summary>Rules of the supervisors' alarm inbox (电子监察).</summary>
public static partial class RuleCatalogue
{
    private static IEnumerable<Rule> Supervision() =>
    [
        new("ALARM-NOT-FOUND", "Electronic supervision (电子监察): an alarm is acknowledged in the inbox of the day it was raised", RuleKind.NotFound,
            "No alarm {alarm} was raised on {day} (Beijing time); acknowledge it in the inbox of the day it was raised.",
            "{day}（北京时间）没有编号为 {alarm} 的报警；请在报警发生当日的收件箱中确认。"),
    ];
}
