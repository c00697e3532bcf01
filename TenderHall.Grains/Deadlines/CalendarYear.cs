namespace TenderHall.Grains.Deadlines;

/// <summary>One year's holiday arrangement: rest days off and weekend days worked (调休上班日).</summary>
/// <param name="Year">The calendar year the arrangement is for.</param>
/// <param name="Status">Official or provisional.</param>
/// <param name="Source">The notice (number and title) or the reasoning the dates come from.</param>
/// <param name="Note">Why the file says what it says, e.g. why it is provisional.</param>
/// <param name="Holidays">Days off under the notice (放假调休), weekend days inside a holiday block included.</param>
/// <param name="MakeUpWorkdays">Weekend days declared working days.</param>
public sealed record CalendarYear(
    int Year,
    CalendarStatus Status,
    string Source,
    string Note,
    IReadOnlySet<DateOnly> Holidays,
    IReadOnlySet<DateOnly> MakeUpWorkdays);
