using TenderHall.Grains.Contracts.Licensing;
using TenderHall.Grains.Contracts.Performance;
using TenderHall.Grains.Contracts.Ratings;
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
        var march = PerformanceRules.Department("d", facts, [], new PerformancePeriod(new DateOnly(2025, 3, 1), new DateOnly(2025, 3, 10)));
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

    [Fact]
    public void An_officers_row_carries_the_ratings_attributed_to_them_in_the_period_and_an_officer_only_rated_has_a_row()
    {
        CaseFact[] facts = [new() { CaseNumber = "1", DepartmentId = "d", WindowId = "d", Officer = "window-a", Mode = LicensingMode.Immediate, AcceptedAt = At(3, 3) }];
        RatingFact Rating(string id, string officer, RatingLevel level, int day, bool excluded = false) =>
            new() { RatingId = id, Officer = officer, WindowId = "d", Level = level, RatedAt = At(3, day), Excluded = excluded };
        RatingFact[] ratings =
        [
            Rating("case-1", "chief-b", RatingLevel.VerySatisfied, 4),
            Rating("case-2", "chief-b", RatingLevel.VeryDissatisfied, 5),
            Rating("case-3", "chief-b", RatingLevel.Dissatisfied, 6, excluded: true),
            Rating("visit-d-20250304-A001", "window-a", RatingLevel.Satisfied, 4),
            Rating("visit-d-20250320-A002", "window-a", RatingLevel.VeryDissatisfied, 20),
        ];

        var march = PerformanceRules.Department("d", facts, ratings, new PerformancePeriod(new DateOnly(2025, 3, 1), new DateOnly(2025, 3, 10)));

        Assert.Equal(["chief-b", "window-a"], march.Officers.Select(o => o.Id));
        var chief = march.Officers[0];
        Assert.Equal((0, 2, 1, 0.5m), (chief.Accepted, chief.Ratings!.Total, chief.Ratings.Excluded, chief.Ratings.SatisfiedRate));
        Assert.Equal((1, 1), (chief.Ratings.Counts[RatingLevel.VerySatisfied], chief.Ratings.Counts[RatingLevel.VeryDissatisfied]));
        var window = march.Officers[1];
        Assert.Equal((1, 1, 1, 0, 1m), (window.Accepted, window.Ratings!.Total, window.Ratings.Visits, window.Ratings.Cases, window.Ratings.SatisfiedRate));
        Assert.Null(march.All.Ratings);
        Assert.All(march.Windows, w => Assert.Null(w.Ratings));
    }
}
