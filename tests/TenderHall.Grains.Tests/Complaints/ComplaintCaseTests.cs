using TenderHall.Grains.Complaints;
using TenderHall.Grains.Contracts.Accounts;
using TenderHall.Grains.Contracts.Complaints;
using TenderHall.Grains.Contracts.Projects;
using TenderHall.Grains.Contracts.Rules;
using TenderHall.Grains.Contracts.Tendering;
using TenderHall.Grains.Tests.Award;
using TenderHall.Grains.Tests.Deadlines;
using TenderHall.Grains.Tests.Tendering;

namespace TenderHall.Grains.Tests.Complaints;

public sealed class ComplaintCaseTests
{
    private static readonly Actor Complainant = new("c-user", "bidder-02", [Roles.Bidder], null);

    private static (ComplaintCase Case, ComplaintView View) Filed(DateTimeOffset knownAt, DateTimeOffset filedAt, LegalRegime regime = LegalRegime.Engineering, DateTimeOffset? challengeDue = null)
    {
        var view = new ComplaintView();
        var complaint = new ComplaintCase(view, [], TenderFixture.Deadlines);
        complaint.File("C-1", new ComplaintFiling { TenderId = "T-award", Text = "第一名业绩造假", KnownAt = knownAt }, Complainant, regime, challengeDue, filedAt);
        return (complaint, view);
    }

    [Fact]
    public void A_complaint_is_accepted_within_3_working_days_and_decided_within_30_working_days()
    {
        // Filed Wed 30 Sep 2026: 1–7 Oct is the National Day holiday, 10 Oct a make-up working Saturday.
        var (complaint, view) = Filed(Beijing.At("2026-09-28 10:00"), Beijing.At("2026-09-30 10:00"));
        Assert.Equal(Beijing.At("2026-10-11"), view.AcceptanceDue); // working days 8, 9, 10 October (BLR 61)
        complaint.Review(true, "符合受理条件", TenderFixture.Supervisor, Beijing.At("2026-10-09 10:00"));
        Assert.Equal(ComplaintStatus.Accepted, view.Status);
        Assert.Equal(Beijing.At("2026-11-20"), view.DecisionDue); // 30 working days from Fri 9 Oct: 10 Oct, then 12 Oct – 19 Nov
        Assert.Equal(view.DecisionDue, complaint.NextDue());
    }

    [Fact]
    public void A_complaint_more_than_10_days_after_knowing_is_refused()
    {
        var error = Assert.Throws<RuleViolationException>(() => Filed(Beijing.At("2026-09-01 10:00"), Beijing.At("2026-09-12 10:00")));
        Assert.Equal("BLR-60-LATE", error.Rule);
    }

    [Fact]
    public void Late_acceptance_and_late_decision_each_alarm_supervision_once()
    {
        var (complaint, view) = Filed(Beijing.At("2026-09-07 10:00"), Beijing.At("2026-09-08 10:00"));
        complaint.Advance(view.AcceptanceDue!.Value);
        complaint.Advance(view.AcceptanceDue.Value.AddHours(2));
        Assert.Equal("BLR-61-ACCEPT", Assert.Single(complaint.Alarms).Code);
        complaint.Review(true, "受理", TenderFixture.Supervisor, view.AcceptanceDue.Value.AddHours(3));
        complaint.Advance(view.DecisionDue!.Value);
        Assert.Equal(["BLR-61-ACCEPT", "BLR-61-DECIDE"], complaint.Alarms.Select(a => a.Code));
        Assert.Null(complaint.NextDue());
    }

    [Fact]
    public void Only_supervisors_handle_and_only_the_complainant_and_supervisors_read()
    {
        var (complaint, _) = Filed(Beijing.At("2026-09-07 10:00"), Beijing.At("2026-09-08 10:00"));
        Assert.Equal("AUTH-FORBIDDEN", Assert.Throws<RuleViolationException>(() => complaint.Review(true, "受理", TenderFixture.Agency, Beijing.At("2026-09-09"))).Rule);
        Assert.Equal("AUTH-FORBIDDEN", Assert.Throws<RuleViolationException>(() => complaint.RequireReader(TenderFixture.BidderA)).Rule);
        complaint.RequireReader(Complainant);
        Assert.Equal("COMPLAINT-STATE", Assert.Throws<RuleViolationException>(() => complaint.Decide(ComplaintOutcome.Dismissed, "驳回", TenderFixture.Supervisor, Beijing.At("2026-09-09"))).Rule);
    }

    [Fact]
    public void A_procurement_complaint_follows_a_challenge_within_15_working_days_and_is_decided_within_30_of_receipt()
    {
        Assert.Equal("GPL-55-CHALLENGE", Assert.Throws<RuleViolationException>(() =>
            Filed(Beijing.At("2026-09-07 10:00"), Beijing.At("2026-09-08 10:00"), LegalRegime.GovernmentProcurement)).Rule);
        var (_, view) = Filed(Beijing.At("2026-09-07 10:00"), Beijing.At("2026-09-08 10:00"), LegalRegime.GovernmentProcurement, Beijing.At("2026-09-01"));
        Assert.Null(view.AcceptanceDue);
        Assert.Equal(Beijing.At("2026-10-27"), view.DecisionDue); // 30 working days from Tue 8 Sep across both holidays (GPL 56)
        Assert.Equal("GPL-55-LATE", Assert.Throws<RuleViolationException>(() =>
            Filed(Beijing.At("2026-09-07 10:00"), Beijing.At("2026-09-30 10:00"), LegalRegime.GovernmentProcurement, Beijing.At("2026-09-01"))).Rule);
    }

    [Fact]
    public void An_upheld_complaint_sends_a_suspended_tender_back_to_evaluation_or_to_re_tendering()
    {
        var reevaluated = new AwardFixture().Awarded(Beijing.At("2026-09-08 10:00"));
        reevaluated.Tender.Suspend(TenderFixture.Supervisor, "投诉处理期间暂停", Beijing.At("2026-09-14 10:00"));
        reevaluated.Tender.ApplyComplaintDecision(TenderFixture.Supervisor, "C-1", ComplaintOutcome.Reevaluate, [], Beijing.At("2026-09-20 10:00"));
        Assert.Equal(TenderStatus.Evaluating, reevaluated.State.Status);
        Assert.Null(reevaluated.After.Award);
        Assert.NotNull(reevaluated.State.Suspensions[^1].Until);

        var retendered = new AwardFixture().Publicized(Beijing.At("2026-09-08 10:00"));
        retendered.Tender.ApplyComplaintDecision(TenderFixture.Supervisor, "C-2", ComplaintOutcome.Retender, ["bidder-01"], Beijing.At("2026-09-10 10:00"));
        Assert.Equal(TenderStatus.Retendered, retendered.State.Status);

        var dismissed = new AwardFixture().Publicized(Beijing.At("2026-09-08 10:00"));
        dismissed.Tender.Suspend(TenderFixture.Supervisor, "暂停", Beijing.At("2026-09-09 10:00"));
        dismissed.Tender.ApplyComplaintDecision(TenderFixture.Supervisor, "C-3", ComplaintOutcome.Dismissed, [], Beijing.At("2026-09-10 10:00"));
        Assert.Equal(TenderStatus.CandidatesPublicized, dismissed.State.Status);
        Assert.Equal(Beijing.At("2026-09-13"), dismissed.After.PublicityUntil); // the day paused is given back
    }
}
