namespace TenderHall.Grains.Contracts.Rules;

/// <summary>A date was asked about in a year for which no holiday calendar is loaded.</summary>
public sealed class CalendarYearMissingException : Exception
{
    /// <summary>Creates the exception for <paramref name="year"/>.</summary>
    public CalendarYearMissingException(int year)
        : base($"No holiday calendar is loaded for {year}; add Deadlines/Calendars/cn-{year}.json from the State Council notice.") =>
        Year = year;

    /// <summary>The year without a calendar.</summary>
    public int Year { get; }
}
