namespace TenderHall.Grains.Deadlines;

/// <summary>A period the law sets, as data: its number, unit, what it measures and how it is counted.</summary>
/// <param name="Id">Which period of the tender this is.</param>
/// <param name="Code">Rule code reported when the period is broken; it is in <c>RuleCatalogue</c>.</param>
/// <param name="Citation">Article and wording of the law.</param>
/// <param name="Amount">Number of days.</param>
/// <param name="Unit">Calendar or working days.</param>
/// <param name="Shape">A deadline that may fall on day N, a window that must last N days, a lead time before an anchor, or a time limit.</param>
/// <param name="Measures">From which event to which act, in words.</param>
/// <param name="Checked">False when the number comes from a secondary source; only those may be overridden.</param>
/// <param name="Reading">Whether the event's own day is counted (CC 201: it is not).</param>
/// <param name="RollsOver">Whether CC 203 moves a last day that is a rest day to the next working day.</param>
public sealed record StatutoryPeriod(
    PeriodId Id,
    string Code,
    string Citation,
    int Amount,
    DayUnit Unit,
    PeriodShape Shape,
    string Measures,
    bool Checked = true,
    CountingReading Reading = CountingReading.EventDayNotCounted,
    bool RollsOver = true);
