using TenderHall.Grains.Contracts.Time;

namespace TenderHall.Grains.Deadlines;

/// <summary>Counts statutory periods by the Civil Code (CC 201–203) in Beijing time on a <see cref="HolidayCalendar"/>.</summary>
/// <remarks>
/// CC 201: the day of the event is not counted; the period starts the next day. CC 203: when the last day is a
/// 法定休假日 (read as every rest day, weekends included) the next working day is the last day; the last day ends at 24:00.
/// Every end or cut-off returned here is exclusive: 24:00 of the last day, written as 00:00 of the day after.
/// </remarks>
public sealed class DeadlineCalculator(HolidayCalendar calendar)
{
    // Lead times are found by walking back from the anchor; no statutory period comes near this many days.
    private const int MaxSearchDays = 1000;

    /// <summary>The calendar the periods are counted on.</summary>
    public HolidayCalendar Calendar => calendar;

    /// <summary>End (24:00 Beijing, exclusive) of a period of <paramref name="amount"/> days after the event, per CC 201–203.</summary>
    public DateTimeOffset EndOf(DateTimeOffset eventInstant, int amount, DayUnit unit) =>
        BeijingTime.EndOf(LastDay(BeijingTime.DateOf(eventInstant), amount, unit, startDayCounted: false, rollsOver: true));

    /// <summary>End (exclusive) of <paramref name="period"/> counted from the event, with the period's own counting rule.</summary>
    public DateTimeOffset EndOf(DateTimeOffset eventInstant, StatutoryPeriod period) =>
        BeijingTime.EndOf(LastDay(eventInstant, period));

    /// <summary>The last day of <paramref name="period"/> counted from the event, after any CC 203 roll-over.</summary>
    public DateOnly LastDay(DateTimeOffset eventInstant, StatutoryPeriod period) =>
        LastDay(BeijingTime.DateOf(eventInstant), period.Amount, period.Unit, period.Reading == CountingReading.StartDayCounted, period.RollsOver);

    /// <summary>
    /// "At least N days after": the earliest instant the later act may take place. A deadline that may fall on day N
    /// (<see cref="PeriodShape.MinimumInterval"/>) may come from 00:00 of that day; a window that must last N days
    /// (<see cref="PeriodShape.MinimumDuration"/>) ends no earlier than 24:00 of it.
    /// </summary>
    public DateTimeOffset EarliestAfter(DateTimeOffset eventInstant, StatutoryPeriod period)
    {
        var last = LastDay(eventInstant, period);
        return period.Shape == PeriodShape.MinimumDuration ? BeijingTime.EndOf(last) : BeijingTime.StartOf(last);
    }

    /// <summary>
    /// "At least N days before": the exclusive cut-off for an act that must precede <paramref name="anchor"/>. It is the exact
    /// inverse of <see cref="EarliestAfter"/>: an act is in time iff counting the period forward from it reaches the anchor.
    /// </summary>
    public DateTimeOffset LatestBefore(DateTimeOffset anchor, StatutoryPeriod period)
    {
        var day = BeijingTime.DateOf(anchor);
        for (var steps = 0; EarliestAfter(BeijingTime.StartOf(day), period) > anchor; steps++, day = day.AddDays(-1))
            if (steps > MaxSearchDays) throw new InvalidOperationException($"No date before {anchor:O} satisfies {period.Code}.");
        return BeijingTime.EndOf(day);
    }

    /// <summary>The violation of <paramref name="period"/> by <paramref name="actual"/>, measured from <paramref name="from"/>, or null.</summary>
    /// <remarks>For a lead time <paramref name="from"/> is the anchor (the bid deadline) and <paramref name="actual"/> the earlier act.</remarks>
    public DeadlineViolation? Check(StatutoryPeriod period, DateTimeOffset from, DateTimeOffset actual, string field)
    {
        var (limit, kind) = period.Shape switch
        {
            PeriodShape.MinimumInterval => (EarliestAfter(from, period), LimitKind.Earliest),
            PeriodShape.MinimumDuration => (EarliestAfter(from, period), LimitKind.EarliestEnd),
            PeriodShape.MinimumLeadTime => (LatestBefore(from, period), LimitKind.CutOff),
            _ => (EndOf(from, period), LimitKind.CutOff),
        };
        var broken = kind == LimitKind.CutOff ? actual >= limit : actual < limit;
        return broken ? new DeadlineViolation(period.Code, period.Citation, field, actual, limit, kind, period.Amount) : null;
    }

    /// <summary>The first working day on or after <paramref name="date"/>.</summary>
    public DateOnly NextWorkingDay(DateOnly date)
    {
        while (!calendar.IsWorkingDay(date)) date = date.AddDays(1);
        return date;
    }

    private DateOnly LastDay(DateOnly eventDate, int amount, DayUnit unit, bool startDayCounted, bool rollsOver)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(amount, 1);
        // CC 201: counting starts the day after the event, unless a reading counts the event's day itself.
        var day = startDayCounted ? eventDate.AddDays(-1) : eventDate;
        if (unit == DayUnit.CalendarDays) day = day.AddDays(amount);
        else
            for (var counted = 0; counted < amount;)
            {
                day = day.AddDays(1);
                if (calendar.IsWorkingDay(day)) counted++;
            }

        // CC 203: a last day that is a rest day gives way to the next working day.
        return rollsOver ? NextWorkingDay(day) : day;
    }
}
