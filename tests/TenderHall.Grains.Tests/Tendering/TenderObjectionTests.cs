using TenderHall.Grains.Contracts.Rules;
using TenderHall.Grains.Contracts.Tendering;
using static TenderHall.Grains.Tests.Tendering.TenderFixture;

namespace TenderHall.Grains.Tests.Tendering;

public sealed class TenderObjectionTests
{
    [Fact]
    public void An_objection_pauses_the_tender_and_the_answer_resumes_it_with_the_lost_days_given_back()
    {
        var f = new TenderFixture().Published();
        var raisedAt = Monday.AddDays(3);
        f.Tender.Advance(raisedAt);
        var deadline = f.State.Schedule!.BidDeadline;
        var objection = f.Tender.RaiseObjection(BidderA, "资格条件排斥潜在投标人", raisedAt);
        Assert.Equal(TenderStatus.Suspended, f.State.Status);
        Assert.Equal(SuspensionReason.Objection, f.State.Suspensions[^1].Reason);

        f.Tender.AnswerObjection(Agency, objection.Id, "已修改资格条件", raisedAt.AddDays(2));
        Assert.Equal(TenderStatus.DocumentsOnSale, f.State.Status);
        Assert.True(f.State.Schedule.BidDeadline >= deadline.AddDays(2), "two paused days are given back");
        Assert.NotNull(f.State.Suspensions[^1].Until);
        Assert.Empty(f.Tender.Effects.Alarms);
    }

    [Fact]
    public void The_clock_stands_still_while_paused()
    {
        var f = new TenderFixture().Published();
        f.Tender.Advance(Monday.AddDays(3));
        f.Tender.RaiseObjection(BidderA, "异议", Monday.AddDays(3));
        f.Tender.Advance(Monday.AddDays(35));
        Assert.Equal(TenderStatus.Suspended, f.State.Status);
    }

    [Fact]
    public void An_objection_later_than_10_days_before_the_deadline_is_refused_and_changes_nothing()
    {
        var f = new TenderFixture().Published();
        var cutoff = f.State.Schedule!.ObjectionCutoff!.Value;
        f.Tender.Advance(cutoff);
        var error = Assert.Throws<RuleViolationException>(() => f.Tender.RaiseObjection(BidderA, "异议", cutoff));
        Assert.Equal("BLR-22-WINDOW", error.Rule);
        // Beijing time in the message: the cut-off is 24:00 of 22 March, the deadline Wednesday 1 April 09:00.
        Assert.Equal(("2026-03-23 00:00:00.000", "2026-04-01 09:00:00.000"), (error.Args["cutoff"], error.Args["deadline"]));
        Assert.Contains("北京时间 2026-03-23 00:00:00.000", RuleCatalogue.Describe(error.Rule, "zh-CN", error.Args), StringComparison.Ordinal);
        Assert.Empty(f.State.Objections);
        Assert.Equal(TenderStatus.Tendering, f.State.Status);
    }

    [Fact]
    public void An_objection_just_before_the_cutoff_is_accepted()
    {
        var f = new TenderFixture().Published();
        var justBefore = f.State.Schedule!.ObjectionCutoff!.Value.AddTicks(-1);
        f.Tender.Advance(justBefore);
        f.Tender.RaiseObjection(BidderA, "异议", justBefore);
        Assert.Single(f.State.Objections);
    }

    [Fact]
    public void An_answer_later_than_3_days_raises_a_supervision_alarm_once()
    {
        var f = new TenderFixture().Published();
        var raisedAt = Monday.AddDays(3);
        f.Tender.Advance(raisedAt);
        var objection = f.Tender.RaiseObjection(BidderA, "异议", raisedAt);
        Assert.Equal(f.Tender.NextDue(), objection.AnswerDue);

        f.Tender.Advance(objection.AnswerDue);
        f.Tender.Advance(objection.AnswerDue.AddHours(1));
        var alarm = Assert.Single(f.Tender.Effects.Alarms);
        Assert.Equal("BLR-22", alarm.Code);

        f.Tender.AnswerObjection(Agency, objection.Id, "答复", objection.AnswerDue.AddDays(1));
        Assert.Single(f.Tender.Effects.Alarms);
        Assert.Equal(TenderStatus.DocumentsOnSale, f.State.Status);
    }

    [Fact]
    public void A_supervisor_pause_is_lifted_by_a_supervisor_only_and_not_while_an_objection_is_open()
    {
        var f = new TenderFixture().Published();
        f.Tender.Advance(Monday.AddDays(2));
        Assert.Equal("AUTH-FORBIDDEN", Assert.Throws<RuleViolationException>(() => f.Tender.Suspend(Agency, "x", Monday.AddDays(2))).Rule);
        f.Tender.Suspend(Supervisor, "收到投诉，暂停招标活动", Monday.AddDays(2));
        Assert.Equal(TenderStatus.Suspended, f.State.Status);
        f.Tender.RaiseObjection(BidderB, "异议", Monday.AddDays(3));
        Assert.Equal("TENDER-STATE", Assert.Throws<RuleViolationException>(() => f.Tender.Resume(Supervisor, Monday.AddDays(4))).Rule);
        f.Tender.AnswerObjection(Agency, "O1", "答复", Monday.AddDays(4));
        Assert.Equal(TenderStatus.Suspended, f.State.Status);
        f.Tender.Resume(Supervisor, Monday.AddDays(5));
        Assert.Equal(TenderStatus.DocumentsOnSale, f.State.Status);
    }
}
