using System.Globalization;

namespace TenderHall.Grains.Contracts.Time;

/// <summary>Beijing time (UTC+8) for statutory counting; never the machine's local zone.</summary>
/// <remarks>China has used a fixed UTC+8 without daylight saving since 1992, so a fixed offset is exact and needs no tz database.</remarks>
public static class BeijingTime
{
    /// <summary>The offset of Beijing time from UTC.</summary>
    public static readonly TimeSpan Offset = TimeSpan.FromHours(8);

    /// <summary>The Beijing calendar date on which <paramref name="instant"/> falls.</summary>
    public static DateOnly DateOf(DateTimeOffset instant) => DateOnly.FromDateTime(instant.ToOffset(Offset).DateTime);

    /// <summary>00:00 Beijing time at the start of <paramref name="date"/>.</summary>
    public static DateTimeOffset StartOf(DateOnly date) => new(date.ToDateTime(TimeOnly.MinValue), Offset);

    /// <summary>24:00 Beijing time of <paramref name="date"/>, i.e. 00:00 of the next day: an exclusive bound.</summary>
    public static DateTimeOffset EndOf(DateOnly date) => StartOf(date.AddDays(1));

    /// <summary>The Beijing wall-clock time of day of <paramref name="instant"/>.</summary>
    public static TimeSpan TimeOfDay(DateTimeOffset instant) => instant.ToOffset(Offset).TimeOfDay;

    /// <summary>An instant as Beijing wall-clock time, e.g. <c>2026-03-21 09:30</c>.</summary>
    public static string Format(DateTimeOffset instant) =>
        instant.ToOffset(Offset).ToString("yyyy-MM-dd HH:mm", CultureInfo.InvariantCulture);

    /// <summary>An earliest instant: the bare date when it is the start of a day, e.g. <c>2026-03-21</c>.</summary>
    public static string FormatEarliest(DateTimeOffset instant) =>
        TimeOfDay(instant) == TimeSpan.Zero ? DateOf(instant).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) : Format(instant);

    /// <summary>An exclusive cut-off: midnight is written as 24:00 of the day before, e.g. <c>2026-03-11 24:00</c>.</summary>
    public static string FormatCutOff(DateTimeOffset cutOff) =>
        TimeOfDay(cutOff) == TimeSpan.Zero
            ? DateOf(cutOff).AddDays(-1).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) + " 24:00"
            : Format(cutOff);
}
