using TenderHall.Grains.Contracts.Time;
using TenderHall.Grains.Deadlines;

namespace TenderHall.Grains.Licensing.Cases;

/// <summary>The licensing limits in working days (ALL 82: counted in working days, rest days excluded; make-up working days count).</summary>
public sealed class CaseCalendar(HolidayCalendar calendar)
{
    /// <summary>ALL 32: the one-time notice comes on the spot or within 5 working days.</summary>
    public const int NoticeWorkingDays = 5;

    /// <summary>ALL 42: one extension of 10 working days.</summary>
    public const int ExtensionWorkingDays = 10;

    /// <summary>ALL 42: joint handling is extended once by 15 working days.</summary>
    public const int JointExtensionWorkingDays = 15;

    /// <summary>ALL 44: the certificate within 10 working days of the decision.</summary>
    public const int CertificateWorkingDays = 10;

    private readonly DeadlineCalculator calculator = new(calendar);

    /// <summary>End (exclusive) of <paramref name="days"/> working days after <paramref name="from"/> (CC 201: the day itself not counted).</summary>
    public DateTimeOffset After(DateTimeOffset from, int days) => calculator.EndOf(from, days, DayUnit.WorkingDays);

    /// <summary>
    /// When the decision is due: <paramref name="limit"/> working days after acceptance, the days of every clock stop not counted
    /// (ALL 45); null while a stop is open. An immediate item (limit 0) is due by the end of the acceptance day (ALL 34).
    /// </summary>
    public DateTimeOffset? DecisionDue(DateTimeOffset acceptedAt, int limit, IReadOnlyList<ClockStop> stops)
    {
        if (stops.Any(s => s.RestartedOn is null)) return null;
        var day = BeijingTime.DateOf(acceptedAt);
        for (var counted = 0; counted < limit;)
        {
            day = day.AddDays(1);
            if (calendar.IsWorkingDay(day) && !stops.Any(s => s.Covers(day))) counted++;
        }

        return BeijingTime.EndOf(day);
    }

    /// <summary>The working days the clock stood still in <paramref name="stops"/>, up to <paramref name="today"/> for an open one.</summary>
    public int StoppedWorkingDays(IReadOnlyList<ClockStop> stops, DateOnly today)
    {
        var total = 0;
        foreach (var stop in stops)
            for (var day = stop.StoppedOn.AddDays(1); day <= (stop.RestartedOn ?? today); day = day.AddDays(1))
                if (calendar.IsWorkingDay(day)) total++;
        return total;
    }
}
