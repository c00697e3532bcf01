using TenderHall.Grains.Contracts.Experts;
using TenderHall.Grains.Experts;

namespace TenderHall.Grains.Tests.Experts;

public sealed class ExpertRatingRulesTests
{
    private static readonly ExpertPolicy Policy = new() { RatingWindow = 3, SuspendBelowMean = 2.5, SuspendAfterAbsences = 2 };

    [Fact]
    public void A_poor_mean_over_the_window_suspends_and_a_fair_one_does_not()
    {
        Assert.NotNull(ExpertRatingRules.SuspensionReason([Rating(2, 10), Rating(2, 20), Rating(3, 30)], Experts.Now, Policy));
        Assert.Null(ExpertRatingRules.SuspensionReason([Rating(2, 10), Rating(3, 20), Rating(3, 30)], Experts.Now, Policy));
    }

    [Fact]
    public void Fewer_ratings_than_the_window_never_suspend_for_the_mean() =>
        Assert.Null(ExpertRatingRules.SuspensionReason([Rating(1.5, 10), Rating(1.5, 20)], Experts.Now, Policy));

    [Fact]
    public void Two_absences_within_a_year_suspend_and_an_older_one_does_not_count()
    {
        var absent = Rating(4, 10) with { Attendance = 1 };
        Assert.NotNull(ExpertRatingRules.SuspensionReason([absent, absent with { At = Experts.Now.AddDays(-200) }], Experts.Now, Policy));
        Assert.Null(ExpertRatingRules.SuspensionReason([absent, absent with { At = Experts.Now.AddDays(-400) }], Experts.Now, Policy));
    }

    private static ExpertRating Rating(double mean, int daysAgo) =>
        new() { Attendance = (int)Math.Round(mean), Independence = (int)Math.Floor(mean), Quality = (int)Math.Ceiling(mean), At = Experts.Now.AddDays(-daysAgo) };
}
