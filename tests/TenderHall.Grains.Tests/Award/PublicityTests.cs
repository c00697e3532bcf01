using TenderHall.Grains.Contracts.Rules;
using TenderHall.Grains.Contracts.Tendering;
using TenderHall.Grains.Tests.Deadlines;
using static TenderHall.Grains.Tests.Tendering.TenderFixture;

namespace TenderHall.Grains.Tests.Award;

public sealed class PublicityTests
{
    [Fact]
    public void Publicity_in_an_ordinary_week_lasts_to_24h00_of_the_third_day_after()
    {
        var f = new AwardFixture().Publicized(Beijing.At("2026-09-08 10:00"));
        Assert.Equal(TenderStatus.CandidatesPublicized, f.State.Status);
        Assert.Equal(Beijing.At("2026-09-12"), f.After.PublicityUntil); // Wed 9, Thu 10, Fri 11 (BLR 54, CC 201)
        Assert.Equal(3, f.After.Result!.Candidates.Count);
    }

    [Fact]
    public void Publicity_whose_last_day_is_a_holiday_runs_to_the_next_working_day()
    {
        // Mon 28 Sep: the third day is 1 October, in the National Day holiday (1–7 Oct), so the last day is Thu 8 Oct (CC 203).
        var f = new AwardFixture().Publicized(Beijing.At("2026-09-28 10:00"));
        Assert.Equal(Beijing.At("2026-10-09"), f.After.PublicityUntil);
    }

    [Fact]
    public void Candidates_published_more_than_3_days_after_the_report_alarm_supervision()
    {
        var f = new AwardFixture();
        f.Tender.PublishCandidates(AwardFixture.Result(Beijing.At("2026-09-07 10:00")), Beijing.At("2026-09-11 10:00"));
        Assert.Contains(f.Tender.Effects.Alarms, a => a.Code == "BLR-54-PUBLISH");
    }

    [Fact]
    public void The_award_waits_for_the_end_of_the_publicity()
    {
        var f = new AwardFixture().Publicized(Beijing.At("2026-09-08 10:00"));
        var early = Assert.Throws<RuleViolationException>(() =>
            f.Tender.RequireAwardable(Agency, AwardFixture.Bidders[0], null, true, Beijing.At("2026-09-11 23:59")));
        Assert.Equal("BLR-54-PUBLICITY", early.Rule);
        Assert.Equal(AwardFixture.Bidders[0], f.Tender.RequireAwardable(Agency, AwardFixture.Bidders[0], null, true, Beijing.At("2026-09-12")).BidderId);
    }

    [Fact]
    public void An_objection_to_the_result_pauses_the_tender_and_the_answer_gives_the_publicity_its_paused_time_back()
    {
        var f = new AwardFixture().Publicized(Beijing.At("2026-09-08 10:00"));
        var raised = Beijing.At("2026-09-10 10:00");
        var objection = f.Tender.ObjectToResult(BidderB, "第一名业绩不符合招标文件要求", tookPart: true, raised);
        Assert.Equal(TenderStatus.Suspended, f.State.Status);
        Assert.Equal(Beijing.At("2026-09-15"), objection.AnswerDue); // 3 days: 11, 12, 13 (a Sunday: rolls to Monday 14, CC 203)
        var refused = Assert.Throws<RuleViolationException>(() => f.Tender.RequireAwardable(Agency, AwardFixture.Bidders[0], null, true, Beijing.At("2026-09-12")));
        Assert.Equal("TENDER-STATE", refused.Rule);

        f.Tender.AnswerObjection(Agency, objection.Id, "经核查，业绩符合要求", Beijing.At("2026-09-12 10:00"));
        Assert.Equal(TenderStatus.CandidatesPublicized, f.State.Status);
        Assert.Equal(Beijing.At("2026-09-14"), f.After.PublicityUntil); // two days paused, two days given back
        Assert.Empty(f.Tender.Effects.Alarms);
    }

    [Fact]
    public void An_unanswered_objection_to_the_result_alarms_when_its_3_days_pass()
    {
        var f = new AwardFixture().Publicized(Beijing.At("2026-09-08 10:00"));
        var objection = f.Tender.ObjectToResult(BidderB, "异议", tookPart: true, Beijing.At("2026-09-09 10:00"));
        Assert.Equal(objection.AnswerDue, f.Tender.NextDue());
        f.Tender.Advance(objection.AnswerDue.AddTicks(1));
        Assert.Contains(f.Tender.Effects.Alarms, a => a.Code == "BLR-22" && a.Subject == "tender/T-award");
    }

    [Fact]
    public void Objections_after_the_publicity_or_from_outsiders_are_refused()
    {
        var f = new AwardFixture().Publicized(Beijing.At("2026-09-08 10:00"));
        Assert.Equal("BLR-54-PARTY", Assert.Throws<RuleViolationException>(() => f.Tender.ObjectToResult(BidderB, "异议", tookPart: false, Beijing.At("2026-09-09"))).Rule);
        Assert.Equal("BLR-54-WINDOW", Assert.Throws<RuleViolationException>(() => f.Tender.ObjectToResult(BidderB, "异议", tookPart: true, Beijing.At("2026-09-12"))).Rule);
        Assert.Empty(f.State.Objections);
    }

    [Fact]
    public void A_supervisor_pause_during_the_publicity_moves_its_end_and_not_the_bid_deadline()
    {
        var f = new AwardFixture().Publicized(Beijing.At("2026-09-08 10:00"));
        var deadline = f.State.Schedule!.BidDeadline;
        f.Tender.Suspend(Supervisor, "核查投诉", Beijing.At("2026-09-09 10:00"));
        f.Tender.Resume(Supervisor, Beijing.At("2026-09-12 10:00"));
        Assert.Equal(TenderStatus.CandidatesPublicized, f.State.Status);
        Assert.Equal(Beijing.At("2026-09-15"), f.After.PublicityUntil);
        Assert.Equal(deadline, f.State.Schedule.BidDeadline);
    }
}
