using TenderHall.Grains.Contracts.Projects;
using TenderHall.Grains.Contracts.Tendering;
using static TenderHall.Grains.Tests.Deadlines.Beijing;

namespace TenderHall.Grains.Tests.Tendering;

/// <summary>The deadline engine explaining a planned schedule, on the real 2025 calendar (Spring Festival 28 Jan – 4 Feb).</summary>
public sealed class SchedulePreviewTests
{
    private static readonly DateTimeOffset Now = At("2025-01-06 09:00");
    private static readonly ITenderCalendar Engine = TenderFixture.Deadlines;

    [Fact]
    public void A_sale_opening_before_the_spring_festival_puts_the_earliest_deadline_after_it_with_BL_24_and_the_notice_days()
    {
        var preview = Engine.Preview(LegalRegime.Engineering, Now, At("2025-01-10 09:00"), null, null);

        // BL 24: day 20 is 30 January, a holiday; CC 203 moves it to 5 February, the first working day; the opening is within hours.
        Assert.Equal(At("2025-01-16"), preview.SaleEnd);
        Assert.Equal(At("2025-02-05 08:30"), preview.BidDeadline);
        Assert.Empty(preview.Problems);
        var limits = preview.Limits.ToDictionary(l => l.Rule);
        Assert.Equal(("saleEnd", 5, "CalendarDays", "2025-01-15 24:00"), (limits["BLR-16"].Field, limits["BLR-16"].Days, limits["BLR-16"].Unit, limits["BLR-16"].Shown));
        Assert.Equal(("bidDeadline", 20, "CalendarDays", "2025-02-05"), (limits["BL-24"].Field, limits["BL-24"].Days, limits["BL-24"].Unit, limits["BL-24"].Shown));
        Assert.Equal("2025-02-05 08:30", limits["SCHED-HOURS"].Shown);
        Assert.Equal(("objection", "CutOff", "2025-01-26 24:00"), (limits["BLR-22"].Field, limits["BLR-22"].Kind, limits["BLR-22"].Shown));
        Assert.Equal(("clarification", 15, "2025-01-21 24:00"), (limits["BL-23"].Field, limits["BL-23"].Days, limits["BL-23"].Shown));
        Assert.Contains(new NoticeDay(Day("2025-01-26"), "MakeUpWorkday"), preview.Days);
        Assert.Equal(8, preview.Days.Count(d => d.Kind == "Holiday"));
        Assert.DoesNotContain(preview.Days, d => d.Date == Day("2025-02-08"));
    }

    [Fact]
    public void A_make_up_working_day_can_be_the_earliest_deadline()
    {
        // From 6 January, day 20 is Sunday 26 January, worked under the notice: no roll-over.
        var preview = Engine.Preview(LegalRegime.Engineering, Now, null, null, null);

        Assert.Equal(Now, preview.SaleStart);
        Assert.Equal(At("2025-01-14"), preview.SaleEnd); // day 5 is Saturday 11 January: on to Monday the 13th, 24:00
        Assert.Equal(At("2025-01-26 08:30"), preview.BidDeadline);
    }

    [Fact]
    public void Only_the_dates_typed_are_reported_wrong_each_with_its_rule_and_earliest_legal_time()
    {
        var preview = Engine.Preview(LegalRegime.Engineering, Now, At("2025-01-10 09:00"), null, At("2025-01-30 09:00"));

        // The sale end was left empty, so it is filled, not refused; the deadline breaks BL 24 and falls on a holiday.
        Assert.Equal(["BL-24", "SCHED-HOURS"], preview.Problems.Select(p => p.Rule));
        Assert.All(preview.Problems, p => Assert.Equal("bidDeadline", p.Field));
        Assert.Equal("2025-02-05", preview.Problems[0].Values["earliest"]);
        Assert.Equal(At("2025-02-05 08:30"), preview.BidDeadline);
    }

    [Fact]
    public void Procurement_counts_the_provision_in_working_days_and_has_no_objection_window()
    {
        var preview = Engine.Preview(LegalRegime.GovernmentProcurement, Now, At("2025-01-24 09:00"), null, null);

        var sale = Assert.Single(preview.Limits, l => l.Field == "saleEnd");
        // GPR 31: five working days from Friday 24 January: 26 (worked Sunday), 27, then 5, 6 and 7 February after the festival.
        Assert.Equal(("GPR-31", 5, "WorkingDays", "2025-02-07 24:00"), (sale.Rule, sale.Days, sale.Unit, sale.Shown));
        Assert.DoesNotContain(preview.Limits, l => l.Field == "objection");
        Assert.Contains(preview.Limits, l => l.Rule == "GPL-35");
    }

    [Fact]
    public void A_clarification_inside_15_days_moves_the_deadline_past_the_holiday()
    {
        var deadline = At("2025-01-26 08:30");

        var early = Engine.Clarifying(LegalRegime.Engineering, At("2025-01-10 09:00"), deadline);
        var late = Engine.Clarifying(LegalRegime.Engineering, At("2025-01-15 09:00"), deadline);

        Assert.Null(early.MovedTo);
        Assert.Equal(("BL-23", 15, "2025-01-11 24:00"), (early.Limit.Rule, early.Limit.Days, early.Limit.Shown));
        Assert.Equal(At("2025-02-05 08:30"), late.MovedTo);
    }
}
