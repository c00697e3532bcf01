using TenderHall.Grains.Contracts.Time;
using TenderHall.Grains.Deadlines;
using static TenderHall.Grains.Tests.Deadlines.Beijing;

namespace TenderHall.Grains.Tests.Deadlines;

public sealed class BidDeadlineRulesTests
{
    private static readonly BidDeadlineRules Engineering = new(Calculator, RuleSet.Engineering);
    private static readonly BidDeadlineRules Procurement = new(Calculator, RuleSet.GovernmentProcurement);
    private static readonly DateTimeOffset Deadline = At("2026-03-24 09:30");

    [Fact]
    public void Objections_to_the_documents_close_at_24_00_ten_days_before_the_deadline_date()
    {
        var cutOff = Engineering.ObjectionCutOff(Deadline);
        Assert.Equal(At("2026-03-15"), cutOff);
        Assert.Equal("2026-03-14 24:00", BeijingTime.FormatCutOff(cutOff!.Value));
    }

    [Fact]
    public void Procurement_has_no_objection_window_before_the_deadline() => Assert.Null(Procurement.ObjectionCutOff(Deadline));

    [Theory]
    [InlineData(RuleSet.Engineering)]
    [InlineData(RuleSet.GovernmentProcurement)]
    public void A_clarification_may_be_published_until_24_00_fifteen_days_before_the_deadline_date(RuleSet ruleSet) =>
        Assert.Equal(At("2026-03-10"), new BidDeadlineRules(Calculator, ruleSet).ClarificationCutOff(Deadline));

    [Fact]
    public void A_clarification_in_time_leaves_the_deadline_where_it_is() =>
        Assert.Equal(Deadline, Engineering.MovedDeadline(At("2026-03-09 23:59:59.999"), Deadline));

    [Theory]
    // 10 March + 15 days = Wed 25 March, at the original 09:30.
    [InlineData("2026-03-10 00:00", "2026-03-10 09:30", "2026-03-25 09:30")]
    // 13 March + 15 days = Sat 28 March: moved on to Mon 30 March.
    [InlineData("2026-03-13 16:00", "2026-03-24 09:30", "2026-03-30 09:30")]
    // 1 Feb + 15 days = 16 Feb, inside Spring Festival 2026: moved on to 24 Feb.
    [InlineData("2026-02-01 11:00", "2026-02-10 14:00", "2026-02-24 14:00")]
    public void A_late_clarification_moves_the_deadline_to_leave_fifteen_days_at_the_same_time_of_day(
        string clarified, string deadline, string moved)
    {
        var result = Engineering.MovedDeadline(At(clarified), At(deadline));
        Assert.Equal(At(moved), result);
        var clarification = StatutoryPeriods.Default.Get(RuleSet.Engineering, PeriodId.Clarification);
        Assert.Null(Calculator.Check(clarification, result, At(clarified), "clarifiedAt"));
    }

    [Fact]
    public void A_late_clarification_is_reported_with_the_earliest_new_deadline()
    {
        var violation = Engineering.CheckClarification(At("2026-03-12 10:00"), Deadline);
        Assert.NotNull(violation);
        Assert.Equal("BL-23", violation.Code);
        Assert.Equal("2026-03-27 09:30", violation.ToException().Args["earliest"]);
        Assert.Null(Engineering.CheckClarification(At("2026-03-09 10:00"), Deadline));
        Assert.Equal("GPR-31-CLARIFY", Procurement.CheckClarification(At("2026-03-12 10:00"), Deadline)?.Code);
    }

    [Theory]
    // Paused 10 → 13 March: three days given back, Fri 27 March.
    [InlineData("2026-03-10 15:00", "2026-03-13 10:00", "2026-03-27 09:30")]
    // Paused 12 → 16 March: four days lands on Sat 28 March, moved on to Mon 30 March.
    [InlineData("2026-03-12 15:00", "2026-03-16 10:00", "2026-03-30 09:30")]
    // A pause running past the deadline still gives back every day it took.
    [InlineData("2026-03-20 15:00", "2026-04-01 10:00", "2026-04-07 09:30")]
    // Paused and resumed the same day: no day is lost.
    [InlineData("2026-03-12 09:00", "2026-03-12 17:00", "2026-03-24 09:30")]
    // A pause after the deadline does not touch it.
    [InlineData("2026-03-24 10:00", "2026-03-30 10:00", "2026-03-24 09:30")]
    public void A_suspension_gives_bidders_back_the_days_it_took(string from, string until, string extended) =>
        Assert.Equal(At(extended), Engineering.ExtendedDeadline(Deadline, At(from), At(until)));

    [Fact]
    public void A_suspension_that_ends_before_it_starts_is_refused() =>
        Assert.Throws<ArgumentException>(() => Engineering.ExtendedDeadline(Deadline, At("2026-03-12"), At("2026-03-11")));
}
