using TenderHall.Grains.Contracts.Rules;

namespace TenderHall.Grains.Deadlines;

/// <summary>Which days are working days in mainland China, from the yearly State Council notices.</summary>
/// <remarks>
/// Interpretation of CC 203 "法定休假日": every rest day — Saturdays and Sundays not declared make-up working days,
/// plus the days off of the notice. Make-up working days (调休上班日) are working days for every count.
/// A date in a year without a calendar throws <see cref="CalendarYearMissingException"/>; it is never guessed.
/// </remarks>
public sealed class HolidayCalendar
{
    private readonly Dictionary<int, CalendarYear> years;
    private readonly HashSet<DateOnly> holidays = [];
    private readonly HashSet<DateOnly> workdays = [];

    /// <summary>A calendar of the given years; two arrangements for one year are refused.</summary>
    public HolidayCalendar(IEnumerable<CalendarYear> arrangements)
    {
        years = [];
        foreach (var year in arrangements)
        {
            if (!years.TryAdd(year.Year, year)) throw new ArgumentException($"Two calendars for {year.Year}.", nameof(arrangements));
            holidays.UnionWith(year.Holidays);
            workdays.UnionWith(year.MakeUpWorkdays);
        }

        if (holidays.Overlaps(workdays)) throw new ArgumentException("A day is a holiday in one year's file and a working day in another's.", nameof(arrangements));
    }

    /// <summary>The years this calendar covers, ascending.</summary>
    public IReadOnlyList<int> Years => [.. years.Keys.Order()];

    /// <summary>The arrangement for <paramref name="year"/>, with its source and status.</summary>
    public CalendarYear Year(int year) => years.TryGetValue(year, out var y) ? y : throw new CalendarYearMissingException(year);

    /// <summary>Whether <paramref name="year"/> is official or provisional.</summary>
    public CalendarStatus StatusOf(int year) => Year(year).Status;

    /// <summary>True on a working day: a weekday that is not a day off, or a make-up working day.</summary>
    public bool IsWorkingDay(DateOnly date)
    {
        Year(date.Year);
        if (workdays.Contains(date)) return true;
        return date.DayOfWeek is not (DayOfWeek.Saturday or DayOfWeek.Sunday) && !holidays.Contains(date);
    }

    /// <summary>True on a rest day (CC 203 法定休假日): a weekend not worked or a day off of the notice.</summary>
    public bool IsRestDay(DateOnly date) => !IsWorkingDay(date);
}
