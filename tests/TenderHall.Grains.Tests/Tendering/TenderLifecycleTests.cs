using TenderHall.Grains.Contracts.Rules;
using TenderHall.Grains.Contracts.Tendering;
using static TenderHall.Grains.Tests.Tendering.TenderFixture;

namespace TenderHall.Grains.Tests.Tendering;

public sealed class TenderLifecycleTests
{
    [Fact]
    public void A_published_tender_moves_through_sale_and_deadline_at_the_announced_instants()
    {
        var f = new TenderFixture().Published();
        Assert.Equal(TenderStatus.Announced, f.State.Status);
        f.Tender.Advance(Monday.AddHours(1).AddTicks(-1));
        Assert.Equal(TenderStatus.Announced, f.State.Status);
        f.Tender.Advance(Monday.AddHours(1));
        Assert.Equal(TenderStatus.DocumentsOnSale, f.State.Status);
        f.Tender.Advance(Monday.AddDays(8));
        Assert.Equal(TenderStatus.Tendering, f.State.Status);
        f.Tender.Advance(Monday.AddDays(30).AddMilliseconds(-1));
        Assert.Equal(TenderStatus.Tendering, f.State.Status);
        f.Tender.Advance(Monday.AddDays(30));
        Assert.Equal(TenderStatus.BidDeadlinePassed, f.State.Status);
        Assert.Equal(OcdsTenderStatus.Active, f.Tender.ToView().OcdsStatus);
    }

    [Fact]
    public void Advancing_twice_records_each_transition_once()
    {
        var f = new TenderFixture().Published();
        f.Tender.Advance(Monday.AddDays(31));
        var events = f.State.PendingEvents.Count;
        f.Tender.Advance(Monday.AddDays(31));
        f.Tender.Advance(Monday.AddDays(40));
        Assert.Equal(events, f.State.PendingEvents.Count);
        Assert.Equal(TenderStatus.BidDeadlinePassed, f.State.Status);
        Assert.Equal(["tender.registered", "tender.announced", "tender.sale-opened", "tender.sale-closed", "tender.deadline-passed"],
            f.State.PendingEvents.Select(e => e.Type));
    }

    [Fact]
    public void A_deadline_less_than_20_days_after_issue_is_refused_with_the_earliest_legal_date()
    {
        var f = new TenderFixture();
        f.Tender.Register(Registration(), Project(), Agency, Monday);
        var error = Assert.Throws<RuleViolationException>(() =>
            f.Tender.Publish(Monday.AddHours(1), Monday.AddDays(8), Monday.AddDays(19), "公告", Documents(), Agency, Monday));
        Assert.Equal("BL-24", error.Rule);
        // Day 20 after 2 March is Sunday 22 March; CC 203 rolls the last day of the period to Monday the 23rd.
        Assert.StartsWith("2026-03-23", error.Args["earliest"]);
        Assert.Equal(TenderStatus.Registered, f.State.Status);
        Assert.Empty(f.State.Documents);
    }

    [Fact]
    public void A_registration_that_departs_from_the_approved_scheme_is_refused()
    {
        var registration = Registration();
        registration.Method = Contracts.Projects.ProcurementMethod.Invited;
        var error = Assert.Throws<RuleViolationException>(() => new TenderFixture().Tender.Register(registration, Project(), Agency, Monday));
        Assert.Equal("BLR-7-SCHEME", error.Rule);
        Assert.Equal("method", error.Args["field"]);
    }

    [Theory]
    [InlineData(80_000_000, true)]   // exactly 2 % of CNY 40 million
    [InlineData(80_000_001, false)]
    public void The_deposit_is_capped_at_2_percent_of_the_estimated_price(long deposit, bool legal)
    {
        var registration = Registration();
        registration.DepositFen = deposit;
        var f = new TenderFixture();
        if (legal) f.Tender.Register(registration, Project(), Agency, Monday);
        else Assert.Equal("BLR-26", Assert.Throws<RuleViolationException>(() => f.Tender.Register(registration, Project(), Agency, Monday)).Rule);
    }

    [Fact]
    public void Only_the_agency_running_the_tender_may_publish_it()
    {
        var f = new TenderFixture();
        f.Tender.Register(Registration(), Project(), Agency, Monday);
        var error = Assert.Throws<RuleViolationException>(() =>
            f.Tender.Publish(Monday.AddHours(1), Monday.AddDays(8), Monday.AddDays(30), "公告", Documents(), OtherAgency, Monday));
        Assert.Equal("TENDER-OWNER", error.Rule);
    }

    [Fact]
    public void A_clarification_less_than_15_days_before_the_deadline_moves_it_and_tells_every_holder()
    {
        var f = new TenderFixture().Published();
        var deadline = f.State.Schedule!.BidDeadline;
        var late = deadline.AddDays(-10);
        f.Tender.Advance(late);
        var clarification = f.Tender.Clarify(Agency, [], "更正工程量清单", Documents("b"), ["bidder-01", "bidder-02"], late);
        Assert.NotNull(clarification.MovedDeadlineTo);
        Assert.True(f.State.Schedule.BidDeadline >= late.AddDays(15));
        Assert.Equal(deadline.ToOffset(TimeSpan.FromHours(8)).TimeOfDay, f.State.Schedule.BidDeadline.ToOffset(TimeSpan.FromHours(8)).TimeOfDay);
        Assert.Equal(2, f.State.Documents.Count);
        var (recipients, notification) = Assert.Single(f.Tender.Effects.Notifications);
        Assert.Equal(["bidder-01", "bidder-02"], recipients);
        Assert.Contains("顺延", notification.TextZh);
    }

    [Fact]
    public void A_clarification_in_time_leaves_the_deadline_alone()
    {
        var f = new TenderFixture().Published();
        var deadline = f.State.Schedule!.BidDeadline;
        var clarification = f.Tender.Clarify(Agency, [], "补充说明", null, ["bidder-01"], deadline.AddDays(-20));
        Assert.Null(clarification.MovedDeadlineTo);
        Assert.Equal(deadline, f.State.Schedule.BidDeadline);
    }

    [Fact]
    public void Questions_are_published_without_the_askers_identity()
    {
        var f = new TenderFixture().Published();
        f.Tender.Advance(Monday.AddDays(1));
        var number = f.Tender.Ask(BidderA, "第3章的工期要求是否可调整？", Monday.AddDays(1));
        var clarification = f.Tender.Clarify(Agency, [number], "工期不可调整。", null, ["bidder-01"], Monday.AddDays(2));
        Assert.Equal(["第3章的工期要求是否可调整？"], clarification.Questions);
        var view = System.Text.Json.JsonSerializer.Serialize(f.Tender.ToView());
        Assert.DoesNotContain("bidder-01", view);
    }

    [Fact]
    public void Terminated_is_final()
    {
        var f = new TenderFixture().Published();
        f.Tender.Terminate(Agency, "项目取消", Monday.AddDays(2), ["bidder-01"]);
        Assert.Equal(TenderStatus.Terminated, f.State.Status);
        Assert.Equal(OcdsTenderStatus.Cancelled, f.Tender.ToView().OcdsStatus);
        f.Tender.Advance(Monday.AddDays(40));
        Assert.Equal(TenderStatus.Terminated, f.State.Status);
        Assert.Equal("TENDER-STATE", Assert.Throws<RuleViolationException>(() => f.Tender.Suspend(Supervisor, "x", Monday.AddDays(3))).Rule);
    }

    [Fact]
    public void A_purchase_outside_the_sale_window_is_refused_with_the_window_in_Beijing_time()
    {
        var f = new TenderFixture().Published();
        var error = Assert.Throws<RuleViolationException>(() => f.Tender.RequireSaleOpen(Monday));
        Assert.Equal(("BLR-16-WINDOW", "2026-03-02 10:00:00.000", "2026-03-10 09:00:00.000"), (error.Rule, error.Args["saleStart"], error.Args["saleEnd"]));
        Assert.Contains("(Beijing time)", RuleCatalogue.Describe(error.Rule, "en", error.Args), StringComparison.Ordinal);
    }
}
