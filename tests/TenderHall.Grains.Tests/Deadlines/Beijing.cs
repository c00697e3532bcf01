using System.Globalization;
using TenderHall.Grains.Contracts.Time;
using TenderHall.Grains.Deadlines;

namespace TenderHall.Grains.Tests.Deadlines;

/// <summary>Test shorthand: Beijing wall-clock strings to instants, and the embedded China calendar.</summary>
internal static class Beijing
{
    public static readonly HolidayCalendar Calendar = ChinaCalendars.Load();

    public static readonly DeadlineCalculator Calculator = new(Calendar);

    /// <summary>"2026-03-04" or "2026-03-04 09:30" or "2026-03-04 23:59:59.999", read as Beijing time.</summary>
    public static DateTimeOffset At(string text)
    {
        string[] formats = ["yyyy-MM-dd", "yyyy-MM-dd HH:mm", "yyyy-MM-dd HH:mm:ss.fff"];
        var local = DateTime.ParseExact(text, formats, CultureInfo.InvariantCulture, DateTimeStyles.None);
        return new DateTimeOffset(local, BeijingTime.Offset);
    }

    public static DateOnly Day(string text) => DateOnly.ParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture);
}
