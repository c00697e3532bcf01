using TenderHall.Grains.Contracts.Time;
namespace TenderHall.Grains.Deadlines;

/// <summary>
/// The centre's opening hours (a local rule, on by default): the bid deadline falls on a working day between
/// <see cref="Opens"/> and <see cref="Closes"/> Beijing time, because the opening is held at the deadline with
/// supervisors present (BL 34). Bound from <c>TenderHall:OpeningHours</c>.
/// </summary>
public sealed class OpeningHours
{
    /// <summary>The configuration section.</summary>
    public const string Section = "TenderHall:OpeningHours";

    /// <summary>Whether the rule applies.</summary>
    public bool Enabled { get; set; } = true;

    /// <summary>The earliest time of day an opening may start.</summary>
    public TimeOnly Opens { get; set; } = new(8, 30);

    /// <summary>The latest time of day an opening may start.</summary>
    public TimeOnly Closes { get; set; } = new(17, 30);

    /// <summary>The first instant at or after <paramref name="deadline"/> that is inside the hours of a working day.</summary>
    public DateTimeOffset EarliestAtOrAfter(DateTimeOffset deadline, HolidayCalendar calendar)
    {
        if (!Enabled) return deadline;
        var day = BeijingTime.DateOf(deadline);
        var time = TimeOnly.FromTimeSpan(BeijingTime.TimeOfDay(deadline));
        if (calendar.IsWorkingDay(day) && time >= Opens && time <= Closes) return deadline;
        if (!calendar.IsWorkingDay(day) || time > Closes)
            do day = day.AddDays(1); while (!calendar.IsWorkingDay(day));
        return BeijingTime.StartOf(day) + Opens.ToTimeSpan();
    }
}
