namespace TenderHall.Grains.Contracts.Tendering;

/// <summary>One limit a planned schedule must respect and the rule that sets it (BL 24, BLR 16, GPR 31, BL 23, BLR 22).</summary>
/// <param name="Field">What it limits: <c>saleEnd</c>, <c>bidDeadline</c>, <c>objection</c> or <c>clarification</c>.</param>
/// <param name="Rule">The rule code in the rule catalogue, e.g. <c>BL-24</c>.</param>
/// <param name="Days">The statutory number of days; 0 for a rule without one (the centre's opening hours).</param>
/// <param name="Unit"><c>CalendarDays</c> (日) or <c>WorkingDays</c> (工作日); null for a rule without days.</param>
/// <param name="Kind"><c>Earliest</c> (the field may be at or after <paramref name="At"/>), or <c>CutOff</c> (the act must come before it).</param>
/// <param name="At">The instant.</param>
/// <param name="Shown">The instant in Beijing time as the law counts it: a cut-off at midnight is written as 24:00 of the day before.</param>
public sealed record ScheduleLimit(string Field, string Rule, int Days, string? Unit, string Kind, DateTimeOffset At, string Shown);
