using TenderHall.Grains.Contracts.Rules;
using TenderHall.Grains.Contracts.Time;
using TenderHall.Grains.Deadlines;
using static TenderHall.Grains.Tests.Deadlines.Beijing;

namespace TenderHall.Grains.Tests.Deadlines;

public sealed class CivilCodeCountingTests
{
    [Theory]
    // CC 201: the event's day is not counted; a plain period ends at 24:00 of its last day.
    [InlineData("2026-03-02 09:00", 3, DayUnit.CalendarDays, "2026-03-06")]
    // CC 203: a last day on a weekend rolls to Monday.
    [InlineData("2026-03-04 09:00", 10, DayUnit.CalendarDays, "2026-03-17")]
    // CC 203: a last day inside National Day 2025 (1–8 Oct) rolls to 9 Oct.
    [InlineData("2025-09-21 10:00", 10, DayUnit.CalendarDays, "2025-10-10")]
    // CC 203: a last day inside Spring Festival 2026 (15–23 Feb) rolls to 24 Feb.
    [InlineData("2026-02-05 10:00", 10, DayUnit.CalendarDays, "2026-02-25")]
    // A last day on a make-up Sunday (26 Jan 2025) or Saturday (11 Oct 2025) is a working day: no roll-over.
    [InlineData("2025-01-16 10:00", 10, DayUnit.CalendarDays, "2025-01-27")]
    [InlineData("2025-10-01 10:00", 10, DayUnit.CalendarDays, "2025-10-12")]
    // Five working days from the Friday before Spring Festival 2025: Sun 26 Jan (worked), Mon 27, Wed 5, Thu 6, Fri 7 Feb.
    [InlineData("2025-01-24 16:00", 5, DayUnit.WorkingDays, "2025-02-08")]
    // Five working days from the Friday before Spring Festival 2026: Sat 14 Feb (worked), 24, 25, 26, 27 Feb.
    [InlineData("2026-02-13 16:00", 5, DayUnit.WorkingDays, "2026-02-28")]
    // ... and the sixth is the make-up Saturday 28 Feb.
    [InlineData("2026-02-13 16:00", 6, DayUnit.WorkingDays, "2026-03-01")]
    // Five working days from the Friday before National Day 2025: Sun 28 Sep (worked), 29, 30 Sep, 9, 10 Oct.
    [InlineData("2025-09-26 16:00", 5, DayUnit.WorkingDays, "2025-10-11")]
    // ... and the sixth is the make-up Saturday 11 Oct.
    [InlineData("2025-09-26 16:00", 6, DayUnit.WorkingDays, "2025-10-12")]
    // An event on a holiday: counting starts the next day, holidays are skipped.
    [InlineData("2025-10-03 11:00", 1, DayUnit.WorkingDays, "2025-10-10")]
    // Into the provisional year 2027: New Year 1–3 Jan is skipped just like an official holiday.
    [InlineData("2026-12-31 11:00", 1, DayUnit.WorkingDays, "2027-01-05")]
    public void A_period_ends_at_24_00_Beijing_of_its_last_day(string eventAt, int amount, DayUnit unit, string endsAtMidnightOf) =>
        Assert.Equal(At(endsAtMidnightOf), Calculator.EndOf(At(eventAt), amount, unit));

    [Fact]
    public void The_last_instant_of_the_last_day_is_inside_and_midnight_is_outside()
    {
        var answer = StatutoryPeriods.Default.Get(RuleSet.Engineering, PeriodId.ObjectionAnswer);
        var received = At("2026-03-02 09:00");
        Assert.Null(Calculator.Check(answer, received, At("2026-03-05 23:59:59.999"), "answeredAt"));
        Assert.NotNull(Calculator.Check(answer, received, At("2026-03-06 00:00"), "answeredAt"));
    }

    [Fact]
    public void The_day_is_the_Beijing_day_whatever_offset_the_instant_carries()
    {
        // 16:30 UTC on 1 March is 00:30 on 2 March in Beijing: the event's day is 2 March.
        var eventAt = new DateTimeOffset(2026, 3, 1, 16, 30, 0, TimeSpan.Zero);
        var end = Calculator.EndOf(eventAt, 3, DayUnit.CalendarDays);
        Assert.Equal(At("2026-03-06"), end);
        Assert.Equal(BeijingTime.Offset, end.Offset);
    }

    [Theory]
    [InlineData("2027-12-30 10:00", 3, DayUnit.WorkingDays)]
    [InlineData("2027-12-30 10:00", 3, DayUnit.CalendarDays)] // 2 Jan 2028 must be checked for a roll-over
    [InlineData("2024-12-30 10:00", 1, DayUnit.WorkingDays)]
    public void Counting_into_a_year_without_a_calendar_throws(string eventAt, int amount, DayUnit unit) =>
        Assert.Throws<CalendarYearMissingException>(() => Calculator.EndOf(At(eventAt), amount, unit));

    [Fact]
    public void A_period_of_no_days_is_a_programming_error() =>
        Assert.Throws<ArgumentOutOfRangeException>(() => Calculator.EndOf(At("2026-03-02"), 0, DayUnit.CalendarDays));

    [Theory]
    // Sale from Monday 2 March 2026, 5 days: day 5 is Sat 7 March, rolled to Mon 9 March; the window lasts to its 24:00.
    [InlineData(CountingReading.EventDayNotCounted, "2026-03-10")]
    // Counting the first day: 2–6 March, to Friday 24:00.
    [InlineData(CountingReading.StartDayCounted, "2026-03-07")]
    public void Each_reading_of_a_window_gives_its_own_earliest_end(CountingReading reading, string earliest)
    {
        var periods = StatutoryPeriods.Default.WithReading(RuleSet.Engineering, PeriodId.SaleWindow, reading);
        var sale = periods.Get(RuleSet.Engineering, PeriodId.SaleWindow);
        Assert.Equal(At(earliest), Calculator.EarliestAfter(At("2026-03-02 09:00"), sale));
    }
}
