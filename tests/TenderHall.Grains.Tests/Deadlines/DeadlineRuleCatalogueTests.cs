using TenderHall.Grains.Contracts.Rules;
using TenderHall.Grains.Deadlines;

namespace TenderHall.Grains.Tests.Deadlines;

public sealed class DeadlineRuleCatalogueTests
{
    [Fact]
    public void Every_statutory_period_has_a_rule_whose_messages_name_the_limit_in_both_languages()
    {
        var periods = Enum.GetValues<RuleSet>().SelectMany(StatutoryPeriods.Default.For).ToList();
        Assert.Equal(periods.Count, periods.Select(p => p.Code).Distinct().Count());
        foreach (var period in periods)
        {
            var rule = RuleCatalogue.Get(period.Code);
            // A clarification breach is fixed by moving the deadline, so its message names the earliest new deadline.
            var limit = period.Shape is PeriodShape.MinimumInterval or PeriodShape.MinimumDuration || period.Id == PeriodId.Clarification ? "{earliest}" : "{latest}";
            Assert.All(new[] { rule.En, rule.Zh }, text =>
            {
                Assert.Contains(limit, text, StringComparison.Ordinal);
                Assert.Contains("{days}", text, StringComparison.Ordinal);
            });
        }
    }

    [Fact]
    public void The_schedule_order_rule_names_the_earliest_time() =>
        Assert.Contains("{earliest}", RuleCatalogue.Get("SCHED-ORDER").Zh, StringComparison.Ordinal);
}
