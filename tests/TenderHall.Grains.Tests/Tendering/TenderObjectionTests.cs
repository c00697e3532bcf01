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
    public void The_public_view_counts_no_objections_before_the_bid_deadline()
    {
        var f = new TenderFixture().Published();
        var raisedAt = Monday.AddDays(3);
        f.Tender.Advance(raisedAt);
        var objection = f.Tender.RaiseObjection(BidderA, "异议", raisedAt);
        Assert.Null(f.Tender.ToView().Objections);
        f.Tender.AnswerObjection(Agency, objection.Id, "已答复", raisedAt.AddDays(1));
        Assert.Null(f.Tender.ToView().Objections);
        Assert.Null(f.Tender.ToView().OpenObjections);

        f.Tender.Advance(f.State.Schedule!.BidDeadline);
        Assert.Equal(TenderStatus.BidDeadlinePassed, f.State.Status);
        Assert.Equal(((int?)1, (int?)0), (f.Tender.ToView().Objections, f.Tender.ToView().OpenObjections));
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

    [Fact]
    public void An_interested_party_that_did_not_obtain_the_documents_must_state_its_interest()
    {
        var f = new TenderFixture().Published();
        f.Tender.Advance(Monday.AddDays(2));
        var error = Assert.Throws<RuleViolationException>(() => f.Tender.RaiseInterestedObjection(BidderB, "异议", " ", Monday.AddDays(2)));
        Assert.Equal("BLR-22-INTEREST", error.Rule);
        Assert.Empty(f.State.Objections);
    }

    [Fact]
    public void An_interested_partys_objection_pauses_the_tender_only_once_the_agency_accepts_its_interest()
    {
        var f = new TenderFixture().Published();
        f.Tender.Advance(Monday.AddDays(2));
        var objection = f.Tender.RaiseInterestedObjection(BidderB, "资格条件排斥本地分包商", "本公司为拟参与本项目的专业分包商，资格条件直接影响我方", Monday.AddDays(2));
        Assert.Equal((TenderStatus.DocumentsOnSale, (bool?)null), (f.State.Status, objection.InterestAccepted));
        Assert.Equal("TENDER-OWNER", Assert.Throws<RuleViolationException>(() => f.Tender.ReviewInterest(OtherAgency, objection.Id, true, "x", Monday.AddDays(2))).Rule);

        f.Tender.ReviewInterest(Agency, objection.Id, true, "分包商与资格条件有直接利害关系", Monday.AddDays(3));
        Assert.Equal((TenderStatus.Suspended, (bool?)true), (f.State.Status, objection.InterestAccepted));
        f.Tender.AnswerObjection(Agency, objection.Id, "已修改资格条件", Monday.AddDays(4));
        Assert.Equal(TenderStatus.DocumentsOnSale, f.State.Status);
    }

    [Fact]
    public void A_rejected_interest_closes_the_objection_without_pausing_and_tells_the_objector_why()
    {
        var f = new TenderFixture().Published();
        f.Tender.Advance(Monday.AddDays(2));
        var objection = f.Tender.RaiseInterestedObjection(BidderB, "异议", "关注本项目", Monday.AddDays(2));
        f.Tender.ReviewInterest(Agency, objection.Id, false, "未说明与招标文件的直接利害关系", Monday.AddDays(3));
        Assert.Equal((TenderStatus.DocumentsOnSale, (bool?)false), (f.State.Status, objection.InterestAccepted));
        Assert.NotNull(objection.AnsweredAt);
        Assert.Contains("未说明与招标文件的直接利害关系", objection.Answer, StringComparison.Ordinal);
        Assert.Empty(f.State.Suspensions);
        Assert.Contains(f.Tender.Effects.Notifications, n => n.Recipients.Contains(BidderB.OrganizationId!) && n.Notification.Type == "tender.objection-answered");
    }

    [Fact]
    public void Procurement_challenges_do_not_pause_however_many_and_are_answered_within_7_working_days()
    {
        var f = new TenderFixture().Published(Contracts.Projects.LegalRegime.GovernmentProcurement);
        f.Tender.Advance(Monday.AddDays(2));
        var first = f.Tender.RaiseObjection(BidderA, "质疑一", Monday.AddDays(2));
        f.Tender.RaiseObjection(BidderB, "质疑二", Monday.AddDays(2).AddHours(1));
        f.Tender.RaiseObjection(BidderA, "质疑三", Monday.AddDays(3));
        Assert.Equal(TenderStatus.DocumentsOnSale, f.State.Status);
        Assert.Empty(f.State.Suspensions);
        // Raised Wed 4 March 2026: working days 5, 6, 9, 10, 11, 12, 13 March, so the answer is due by Fri 13 March 24:00 (GPL 53).
        Assert.Equal(new DateTimeOffset(2026, 3, 14, 0, 0, 0, TimeSpan.FromHours(8)), first.AnswerDue);
        // GPL 57: only the finance department suspends, while it handles a complaint.
        f.Tender.Suspend(Supervisor, "投诉处理期间暂停采购活动", Monday.AddDays(4));
        Assert.Equal(TenderStatus.Suspended, f.State.Status);
    }
}
