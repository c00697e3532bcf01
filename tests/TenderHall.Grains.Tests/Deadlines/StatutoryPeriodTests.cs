using TenderHall.Grains.Deadlines;
using static TenderHall.Grains.Tests.Deadlines.Beijing;

namespace TenderHall.Grains.Tests.Deadlines;

public sealed class StatutoryPeriodTests
{
    private static readonly TimeSpan Tick = TimeSpan.FromMilliseconds(1);

    /// <summary>Each period, an event, and its limit in Beijing time (an earliest instant or an exclusive 24:00 cut-off).</summary>
    public static TheoryData<RuleSet, PeriodId, string, string, string> Limits => new()
    {
        { RuleSet.Engineering, PeriodId.DocumentsToDeadline, "BL-24", "2026-03-04 09:00", "2026-03-24" },
        // A window that must last 5 days: opened Wed 4 March, days 5–9 March, so it runs at least to Mon 9 March 24:00.
        { RuleSet.Engineering, PeriodId.SaleWindow, "BLR-16", "2026-03-04 09:00", "2026-03-10" },
        // Counted back from a deadline on Tue 24 March: clarify by 9 March, object by 14 March.
        { RuleSet.Engineering, PeriodId.Clarification, "BL-23", "2026-03-24 09:30", "2026-03-10" },
        { RuleSet.Engineering, PeriodId.Objection, "BLR-22", "2026-03-24 09:30", "2026-03-15" },
        // Day 3 is Sun 15 March: the answer is due by Mon 16 March 24:00.
        { RuleSet.Engineering, PeriodId.ObjectionAnswer, "BLR-22-ANSWER", "2026-03-12 15:00", "2026-03-17" },
        { RuleSet.Engineering, PeriodId.CandidatePublication, "BLR-54-PUBLISH", "2026-04-07 16:00", "2026-04-11" },
        // A window that must last 3 days: 8, 9, 10 April, to Fri 10 April 24:00.
        { RuleSet.Engineering, PeriodId.CandidatePublicity, "BLR-54", "2026-04-07 09:00", "2026-04-11" },
        { RuleSet.Engineering, PeriodId.PublicityObjectionAnswer, "BLR-54-ANSWER", "2026-04-08 10:00", "2026-04-14" },
        { RuleSet.Engineering, PeriodId.Contract, "BL-46", "2026-05-06 10:00", "2026-06-06" },
        { RuleSet.Engineering, PeriodId.WrittenReport, "BL-47", "2026-05-06 10:00", "2026-05-22" },
        { RuleSet.Engineering, PeriodId.DepositRefundOnWithdrawal, "BLR-35", "2026-05-06 10:00", "2026-05-12" },
        { RuleSet.Engineering, PeriodId.DepositRefundAfterContract, "BLR-57", "2026-06-01 10:00", "2026-06-09" },
        { RuleSet.Engineering, PeriodId.Complaint, "BLR-60", "2026-06-01 10:00", "2026-06-12" },
        // Dragon Boat 19–21 June 2026 is skipped: 18, 22, 23 June.
        { RuleSet.Engineering, PeriodId.ComplaintAcceptance, "BLR-61-ACCEPT", "2026-06-17 10:00", "2026-06-24" },
        { RuleSet.Engineering, PeriodId.ComplaintDecision, "BLR-61-DECIDE", "2026-07-01 10:00", "2026-08-13" },
        { RuleSet.GovernmentProcurement, PeriodId.DocumentsToDeadline, "GPL-35", "2026-03-04 09:00", "2026-03-24" },
        // Labour Day 1–5 May 2026 is skipped and Sat 9 May is worked: 30 Apr, 6, 7, 8, 9 May, to 9 May 24:00.
        { RuleSet.GovernmentProcurement, PeriodId.SaleWindow, "GPR-31", "2026-04-29 09:00", "2026-05-10" },
        { RuleSet.GovernmentProcurement, PeriodId.Clarification, "GPR-31-CLARIFY", "2026-03-24 09:30", "2026-03-10" },
        { RuleSet.GovernmentProcurement, PeriodId.Contract, "GPL-46", "2026-05-06 10:00", "2026-06-06" },
        // Mid-Autumn 25–27 Sep and National Day 1–7 Oct 2026: 23, 24, 28, 29, 30 Sep, 8, 9 Oct.
        { RuleSet.GovernmentProcurement, PeriodId.Challenge, "GPL-52", "2026-09-22 10:00", "2026-10-10" },
        // Sat 10 Oct 2026 is worked: 9, 10, 12, 13, 14, 15, 16 Oct.
        { RuleSet.GovernmentProcurement, PeriodId.ChallengeAnswer, "GPL-53", "2026-10-08 10:00", "2026-10-17" },
        { RuleSet.GovernmentProcurement, PeriodId.Complaint, "GPL-55", "2026-03-02 10:00", "2026-03-24" },
        { RuleSet.GovernmentProcurement, PeriodId.ComplaintDecision, "GPL-56", "2026-07-01 10:00", "2026-08-13" },
        // Across New Year 2027 (provisional): 29, 30, 31 Dec, 4, 5, 6, 7 Jan.
        { RuleSet.GovernmentProcurement, PeriodId.ContractFiling, "GPL-47", "2026-12-28 10:00", "2027-01-08" },
        // Qingming 4–6 April 2026 is skipped: 3, 7, 8, 9, 10 April, to Fri 10 April 24:00.
        { RuleSet.GovernmentProcurement, PeriodId.DepositRefundOnWithdrawal, "GPM-38", "2026-04-02 10:00", "2026-04-11" },
        { RuleSet.GovernmentProcurement, PeriodId.DepositRefundAfterContract, "GPR-38", "2026-04-02 10:00", "2026-04-11" },
        // Across Spring Festival 2025 with the worked Sunday 26 Jan: 26, 27 Jan.
        { RuleSet.GovernmentProcurement, PeriodId.ContractPublication, "GPR-50", "2025-01-24 10:00", "2025-01-28" },
    };

    [Theory]
    [MemberData(nameof(Limits))]
    public void Each_statutory_number_has_its_limit_a_legal_side_and_an_illegal_side(
        RuleSet ruleSet, PeriodId id, string code, string from, string limit)
    {
        var period = StatutoryPeriods.Default.Get(ruleSet, id);
        var (legal, late) = period.Shape is PeriodShape.MinimumInterval or PeriodShape.MinimumDuration
            ? (At(limit), At(limit) - Tick)
            : (At(limit) - Tick, At(limit));

        Assert.Equal(code, period.Code);
        Assert.Null(Calculator.Check(period, At(from), legal, "act"));
        var violation = Calculator.Check(period, At(from), late, "act");
        Assert.NotNull(violation);
        Assert.Equal(code, violation.Code);
        Assert.Equal(At(limit), violation.Limit);
        Assert.Equal(period.Citation, violation.Citation);
    }

    [Fact]
    public void Every_period_of_both_rule_sets_is_in_the_table()
    {
        var tested = Limits.Select(row => ((RuleSet)row[0], (PeriodId)row[1])).ToHashSet();
        var all = Enum.GetValues<RuleSet>().SelectMany(s => StatutoryPeriods.Default.For(s).Select(p => (s, p.Id)));
        Assert.All(all, p => Assert.Contains(p, tested));
    }

    [Fact]
    public void An_unchecked_number_can_be_configured_and_a_checked_one_cannot()
    {
        var configured = StatutoryPeriods.Default.WithAmount(RuleSet.GovernmentProcurement, PeriodId.Contract, 20);
        Assert.Equal(20, configured.Get(RuleSet.GovernmentProcurement, PeriodId.Contract).Amount);
        Assert.Equal(30, StatutoryPeriods.Default.Get(RuleSet.GovernmentProcurement, PeriodId.Contract).Amount);
        Assert.Throws<InvalidOperationException>(() =>
            StatutoryPeriods.Default.WithAmount(RuleSet.Engineering, PeriodId.DocumentsToDeadline, 15));
    }

    [Fact]
    public void The_procurement_twenty_days_are_statute_and_cannot_be_lowered_by_configuration()
    {
        var period = StatutoryPeriods.Default.Get(RuleSet.GovernmentProcurement, PeriodId.DocumentsToDeadline);
        Assert.Equal(("GPL-35", 20, true), (period.Code, period.Amount, period.Checked));
        Assert.Throws<InvalidOperationException>(() =>
            StatutoryPeriods.Default.WithAmount(RuleSet.GovernmentProcurement, PeriodId.DocumentsToDeadline, 15));
    }

    [Theory]
    // Opened on a Wednesday: days Thu–Mon, so the sale may not close before Monday 24:00 (Sunday 24:00 is a day short).
    [InlineData("2026-03-04 09:00", "2026-03-09 24:00")]
    // Opened on a Tuesday: day 5 is Sunday 8 March, a rest day, so the window runs to Monday 9 March 24:00 (CC 203).
    [InlineData("2026-03-03 09:00", "2026-03-09 24:00")]
    public void A_window_that_must_last_five_days_ends_no_earlier_than_24_00_of_its_last_working_day(string opened, string earliestEnd)
    {
        var sale = StatutoryPeriods.Default.Get(RuleSet.Engineering, PeriodId.SaleWindow);
        var violation = Calculator.Check(sale, At(opened), At(earliestEnd[..10]), "saleEnd");
        Assert.NotNull(violation);
        Assert.Equal((LimitKind.EarliestEnd, earliestEnd), (violation.Kind, violation.ToException().Args["earliest"]));
        Assert.Null(Calculator.Check(sale, At(opened), At(earliestEnd[..10]).AddDays(1), "saleEnd"));
    }

    [Fact]
    public void A_deadline_that_may_fall_on_day_twenty_may_come_at_any_time_of_that_day()
    {
        // Issued Wed 4 March: day 20 is Tue 24 March; an opening at 09:30 that day keeps BL 24.
        var documents = StatutoryPeriods.Default.Get(RuleSet.Engineering, PeriodId.DocumentsToDeadline);
        Assert.Null(Calculator.Check(documents, At("2026-03-04 09:00"), At("2026-03-24 09:30"), "bidDeadline"));
        Assert.Equal(LimitKind.Earliest, Calculator.Check(documents, At("2026-03-04 09:00"), At("2026-03-23 17:00"), "bidDeadline")!.Kind);
    }

    [Fact]
    public void A_period_the_law_of_a_rule_set_does_not_have_is_absent()
    {
        Assert.False(StatutoryPeriods.Default.TryGet(RuleSet.GovernmentProcurement, PeriodId.Objection, out _));
        Assert.Throws<KeyNotFoundException>(() => StatutoryPeriods.Default.Get(RuleSet.Engineering, PeriodId.Challenge));
    }
}
