using TenderHall.Grains.Contracts.Licensing;
using TenderHall.Grains.Contracts.Performance;
using TenderHall.Grains.Contracts.Time;
using TenderHall.Grains.Deadlines;
using TenderHall.Grains.Licensing.Cases;
using TenderHall.Grains.Performance;

namespace TenderHall.Grains.Tests.Hall;

public sealed class PerformanceRulesTests
{
    private static readonly HolidayCalendar Holidays = ChinaCalendars.Load();

    private static DateTimeOffset At(int month, int day, int hour = 10) => new(2025, month, day, hour, 0, 0, BeijingTime.Offset);

    [Fact]
    public void Handling_time_across_the_2025_Spring_Festival_counts_the_make_up_days_and_not_the_holiday()
    {
        // Accepted Friday 24 January; decided Monday 10 February. Working: 26 Jan (Sunday make-up), 27 Jan, 5-7 Feb,
        // 8 Feb (Saturday make-up), 10 Feb; 28 Jan - 4 Feb is the holiday.
        Assert.Equal(7, CaseFacts.WorkingDays(Holidays, At(1, 24), At(2, 10), []));
        Assert.Equal(0, CaseFacts.WorkingDays(Holidays, At(1, 24, 9), At(1, 24, 17), []));
    }

    [Fact]
    public void The_days_a_clock_stop_covers_are_not_handling_time()
    {
        var stop = new ClockStop { StoppedOn = new DateOnly(2025, 3, 4), RestartedOn = new DateOnly(2025, 3, 6) };
        // Monday 3 March to Friday 7 March: 4 working days after the day of acceptance, 2 of them (5, 6 March) stopped.
        Assert.Equal(2, CaseFacts.WorkingDays(Holidays, At(3, 3), At(3, 7), [stop]));
    }

    [Fact]
    public void Figures_count_on_time_on_the_spot_and_overdue_over_the_cases_accepted_in_the_period()
    {
        CaseFact Case(string number, LicensingMode mode, int acceptedDay, bool overdue, bool? onTheSpot, int? days, bool fastTrack = false) => new()
        {
            CaseNumber = number, DepartmentId = "d", WindowId = "w", Officer = "o", Mode = mode, FastTrack = fastTrack, Status = CaseStatus.Approved,
            AcceptedAt = At(3, acceptedDay), DecidedAt = days is null ? null : At(3, acceptedDay + days.Value), OnTheSpot = onTheSpot, Overdue = overdue, HandlingWorkingDays = days,
        };
        CaseFact[] facts =
        [
            Case("1", LicensingMode.Immediate, 3, false, true, 0),
            Case("2", LicensingMode.Immediate, 3, false, false, 1),
            Case("3", LicensingMode.Committed, 4, true, null, 5),
            Case("4", LicensingMode.Committed, 5, true, null, null),
            Case("5", LicensingMode.Committed, 5, false, null, 2, fastTrack: true),
            Case("6", LicensingMode.Committed, 20, false, null, 1),
        ];
        var march = PerformanceRules.Department("d", facts, new PerformancePeriod(new DateOnly(2025, 3, 1), new DateOnly(2025, 3, 10)));
        var regular = march.Regular;
        Assert.Equal((4, 3, 2), (regular.Accepted, regular.Decided, regular.OnTime));
        Assert.Equal(0.6667m, regular.OnTimeRate);
        Assert.Equal((2, 1, 0.5m), (regular.ImmediateDecided, regular.OnTheSpot, regular.OnTheSpotRate));
        Assert.Equal(2, regular.Overdue);
        Assert.Equal(2m, regular.AverageHandlingWorkingDays);
        Assert.Equal((1, 1m), (march.FastTrack.Decided, march.FastTrack.OnTimeRate));
        Assert.Equal(5, march.All.Accepted);
        Assert.Equal(6, march.ByStatus[CaseStatus.Approved]);
    }
}
