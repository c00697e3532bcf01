using TenderHall.Grains.Contracts.Rules;
using TenderHall.Grains.Deadlines;
using static TenderHall.Grains.Tests.Deadlines.Beijing;

namespace TenderHall.Grains.Tests.Deadlines;

public sealed class ScheduleValidatorTests
{
    private static readonly ScheduleValidator Validator = new(Calculator);
    private static readonly DateTimeOffset Now = At("2026-03-01 08:00");

    [Theory]
    [InlineData(RuleSet.Engineering)]
    [InlineData(RuleSet.GovernmentProcurement)]
    public void A_schedule_that_keeps_every_period_passes(RuleSet ruleSet)
    {
        // Sale 4–12 March (past 24:00 of the 5th working day, 11 March, as well), deadline on day 20.
        var schedule = new TenderSchedule(At("2026-03-03 10:00"), At("2026-03-04 09:00"), At("2026-03-12 17:00"), At("2026-03-24 09:30"));
        Assert.Empty(Validator.Validate(schedule, ruleSet, Now));
    }

    [Fact]
    public void Every_violation_is_reported_with_the_earliest_legal_time_of_its_field()
    {
        var schedule = new TenderSchedule(At("2026-03-04 10:00"), At("2026-03-04 09:00"), At("2026-03-06 17:00"), At("2026-03-20 09:30"));
        var violations = Validator.Validate(schedule, RuleSet.Engineering, Now);

        Assert.Equal(["SCHED-ORDER", "BLR-16", "BL-24"], violations.Select(v => v.Code));
        Assert.Equal(["saleStart", "saleEnd", "bidDeadline"], violations.Select(v => v.Field));
        Assert.Equal([At("2026-03-04 10:00"), At("2026-03-10"), At("2026-03-24")], violations.Select(v => v.Limit));
        Assert.Equal([LimitKind.Earliest, LimitKind.EarliestEnd, LimitKind.Earliest], violations.Select(v => v.Kind));
        Assert.StartsWith("BL 24", violations[2].Citation, StringComparison.Ordinal);
    }

    [Fact]
    public void A_deadline_before_the_sale_ends_is_refused_with_the_sale_end_as_earliest()
    {
        var schedule = new TenderSchedule(At("2026-03-03 10:00"), At("2026-03-04 09:00"), At("2026-03-30 17:00"), At("2026-03-25 09:30"));
        var violation = Assert.Single(Validator.Validate(schedule, RuleSet.Engineering, Now));
        Assert.Equal(("SCHED-ORDER", "bidDeadline", At("2026-03-30 17:00")), (violation.Code, violation.Field, violation.Limit));
    }

    [Fact]
    public void Procurement_counts_the_sale_window_in_working_days_across_Labour_Day()
    {
        // 5 days from 29 April end on 4 May, a holiday, so engineering rolls to 6 May 24:00; 5 working days run to Sat 9 May 24:00 (worked).
        var schedule = new TenderSchedule(At("2026-04-28 10:00"), At("2026-04-29 09:00"), At("2026-05-08 17:00"), At("2026-05-19 09:30"));
        Assert.Empty(Validator.Validate(schedule, RuleSet.Engineering, Now));
        var violation = Assert.Single(Validator.Validate(schedule, RuleSet.GovernmentProcurement, Now));
        Assert.Equal(("GPR-31", At("2026-05-10")), (violation.Code, violation.Limit));
    }

    [Fact]
    public void The_earliest_legal_schedule_moves_each_refused_field_to_its_earliest_and_keeps_legal_ones()
    {
        // Every field wrong at once: the sale starts before the announcement, ends too soon, and the deadline is too early.
        var schedule = new TenderSchedule(At("2026-03-04 10:00"), At("2026-03-04 09:00"), At("2026-03-06 17:00"), At("2026-03-20 09:30"));
        var legal = Validator.EarliestLegal(schedule, RuleSet.Engineering, Now);

        Assert.Empty(Validator.Validate(legal, RuleSet.Engineering, Now));
        // The deadline may fall on day 20 (24 March), from the opening hours' start on that working day.
        Assert.Equal(new TenderSchedule(At("2026-03-04 10:00"), At("2026-03-04 10:00"), At("2026-03-10"), At("2026-03-24 08:30")), legal);
        var fine = new TenderSchedule(At("2026-03-03 10:00"), At("2026-03-04 09:00"), At("2026-03-11 17:00"), At("2026-03-24 09:30"));
        Assert.Equal(fine, Validator.EarliestLegal(fine, RuleSet.Engineering, Now));
        // Across Labour Day procurement needs five working days: the sale end moves to the Saturday that is worked.
        var mayDay = new TenderSchedule(At("2026-04-28 10:00"), At("2026-04-29 09:00"), At("2026-05-04 17:00"), At("2026-05-19 09:30"));
        Assert.Equal(At("2026-05-10"), Validator.EarliestLegal(mayDay, RuleSet.GovernmentProcurement, Now).SaleEnd);
    }

    [Fact]
    public void Require_throws_the_first_violation_with_the_earliest_date_in_both_languages()
    {
        var schedule = new TenderSchedule(At("2026-03-03 10:00"), At("2026-03-04 09:00"), At("2026-03-11 17:00"), At("2026-03-20 09:30"));
        var error = Assert.Throws<RuleViolationException>(() => Validator.Require(schedule, RuleSet.Engineering, Now));

        Assert.Equal("BL-24", error.Rule);
        Assert.Equal("2026-03-24", error.Args["earliest"]);
        Assert.Equal("2026-03-20 09:30", error.Args["actual"]);
        Assert.Contains("2026-03-24", error.Message, StringComparison.Ordinal);
        Assert.Contains("最早可设为北京时间 2026-03-24", RuleCatalogue.Describe("BL-24", "zh-CN", error.Args), StringComparison.Ordinal);
    }

    [Fact]
    public void An_earliest_time_already_past_is_reported_as_now_rounded_up_to_the_minute()
    {
        var schedule = new TenderSchedule(At("2026-03-03 10:00"), At("2026-03-04 09:00"), At("2026-03-11 17:00"), At("2026-03-20 09:30"));
        var now = At("2026-03-30 14:05") + TimeSpan.FromSeconds(30);
        var violation = Assert.Single(Validator.Validate(schedule, RuleSet.Engineering, now));
        Assert.Equal(At("2026-03-30 14:06"), violation.Limit);
        Assert.Equal("2026-03-30 14:06", violation.ToException().Args["earliest"]);
    }

    [Theory]
    // Saturday 28 March: the next working day's opening hours, Monday 30 March 08:30.
    [InlineData("2026-03-28 09:30", "2026-03-30 08:30")]
    // After hours on Friday 27 March, and before hours on Monday 30 March.
    [InlineData("2026-03-27 19:00", "2026-03-30 08:30")]
    [InlineData("2026-03-30 07:00", "2026-03-30 08:30")]
    // Qingming (4–6 April 2026) is no working day either.
    [InlineData("2026-04-06 10:00", "2026-04-07 08:30")]
    public void A_bid_deadline_outside_the_opening_hours_of_a_working_day_is_refused_with_the_next_opening_time(string deadline, string earliest)
    {
        var schedule = new TenderSchedule(At("2026-03-03 10:00"), At("2026-03-04 09:00"), At("2026-03-11 17:00"), At(deadline));
        var violation = Assert.Single(Validator.Validate(schedule, RuleSet.Engineering, Now));
        Assert.Equal(("SCHED-HOURS", "bidDeadline", At(earliest)), (violation.Code, violation.Field, violation.Limit));
        Assert.Empty(Validator.Validate(schedule with { BidDeadline = At(earliest) }, RuleSet.Engineering, Now));
    }

    [Fact]
    public void A_centre_that_switches_the_opening_hours_off_accepts_a_weekend_deadline()
    {
        var validator = new ScheduleValidator(Calculator, hours: new OpeningHours { Enabled = false });
        var schedule = new TenderSchedule(At("2026-03-03 10:00"), At("2026-03-04 09:00"), At("2026-03-11 17:00"), At("2026-03-28 09:30"));
        Assert.Empty(validator.Validate(schedule, RuleSet.Engineering, Now));
    }
}
