using TenderHall.Grains.Contracts.Rules;
using TenderHall.Grains.Contracts.Time;

namespace TenderHall.Grains.Deadlines;

/// <summary>A statutory period broken by one field of a tender, with the limit the field must respect.</summary>
/// <param name="Code">Rule code, e.g. <c>BL-24</c>.</param>
/// <param name="Citation">The article of law.</param>
/// <param name="Field">The offending field, e.g. <c>bidDeadline</c>.</param>
/// <param name="Actual">The value given.</param>
/// <param name="Limit">The earliest legal instant, or the exclusive cut-off.</param>
/// <param name="Kind">Whether <paramref name="Limit"/> is an earliest instant or a cut-off.</param>
/// <param name="Amount">The statutory number of days.</param>
public sealed record DeadlineViolation(
    string Code, string Citation, string Field, DateTimeOffset Actual, DateTimeOffset Limit, LimitKind Kind, int Amount)
{
    /// <summary>The violation as a rule error whose values include <c>earliest</c> or <c>latest</c> in Beijing time.</summary>
    public RuleViolationException ToException() => RuleViolationException.Of(
        Code,
        ("field", Field),
        ("actual", BeijingTime.Format(Actual)),
        Kind switch
        {
            LimitKind.Earliest => ("earliest", BeijingTime.FormatEarliest(Limit)),
            // A window's earliest end is 24:00 of its last day: written so, not as the next day's date.
            LimitKind.EarliestEnd => ("earliest", BeijingTime.FormatCutOff(Limit)),
            _ => ("latest", BeijingTime.FormatCutOff(Limit)),
        },
        ("days", Amount));
}
