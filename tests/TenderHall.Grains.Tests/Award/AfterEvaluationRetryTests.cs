using TenderHall.Grains.Contracts.Evaluation;
using TenderHall.Grains.Contracts.Rules;
using TenderHall.Grains.Contracts.Tendering;
using TenderHall.Grains.Tests.Deadlines;
using static TenderHall.Grains.Tests.Tendering.TenderFixture;

namespace TenderHall.Grains.Tests.Award;

public sealed class AfterEvaluationRetryTests
{
    private static EvaluationResult AllRejected(string reason) => new()
    {
        Rejections = [new BidRejection { BidderId = AwardFixture.Bidders[0], BidderName = "甲建设有限公司", Reason = "资质不符", Article = "BLR 51" }],
        ReportSha256 = new string('f', 64), SignedAt = Beijing.At("2026-09-08 10:00"), AllRejected = reason,
    };

    [Fact]
    public void The_same_report_published_again_after_the_award_changes_nothing_and_another_report_is_refused()
    {
        var f = new AwardFixture().Awarded(Beijing.At("2026-09-08 10:00"));
        var events = f.State.PendingEvents.Count;
        Assert.False(f.Tender.PublishCandidates(AwardFixture.Result(Beijing.At("2026-09-08 10:00")), Beijing.At("2026-09-20 10:00")));
        Assert.Equal(TenderStatus.Awarded, f.State.Status);
        Assert.Equal(events, f.State.PendingEvents.Count);

        var other = AwardFixture.Result(Beijing.At("2026-09-19 10:00"));
        other.ReportSha256 = new string('d', 64);
        Assert.Equal("TENDER-STATE", Assert.Throws<RuleViolationException>(() => f.Tender.PublishCandidates(other, Beijing.At("2026-09-20 10:00"))).Rule);
    }

    [Fact]
    public void The_award_makes_the_draw_due_to_be_revealed()
    {
        var f = new AwardFixture().Publicized(Beijing.At("2026-09-08 10:00"));
        Assert.False(f.State.DrawRevealDue);
        f.Tender.Decide(Agency, AwardFixture.Request(AwardFixture.Bidders[0]), stateFunded: true, AwardFixture.Bidders, f.After.PublicityUntil!.Value);
        Assert.True(f.State.DrawRevealDue);
    }

    [Fact]
    public void A_report_rejecting_every_bid_re_tenders_the_tender_with_its_reason_once()
    {
        var f = new AwardFixture();
        var result = AllRejected("评标委员会否决了全部投标（招标投标法第四十二条）");
        Assert.True(f.Tender.RetenderAllRejected(result, ["holder-1"], Beijing.At("2026-09-08 11:00")));
        Assert.Equal(TenderStatus.Retendered, f.State.Status);
        Assert.Equal(result.AllRejected, f.Tender.ToView().RetenderReason);
        Assert.Equal(OcdsTenderStatus.Unsuccessful, f.Tender.ToView().OcdsStatus);
        var (recipients, notice) = Assert.Single(f.Tender.Effects.Notifications);
        Assert.Equal(["holder-1", "agency-a"], recipients);
        Assert.Equal("tender.retendered", notice.Type);

        var events = f.State.PendingEvents.Count;
        Assert.False(f.Tender.RetenderAllRejected(result, ["holder-1"], Beijing.At("2026-09-08 12:00")));
        Assert.Equal(events, f.State.PendingEvents.Count);
    }

    [Fact]
    public void A_report_rejecting_every_bid_is_refused_once_candidates_are_public_or_without_a_reason()
    {
        var f = new AwardFixture().Publicized(Beijing.At("2026-09-08 10:00"));
        Assert.Equal("TENDER-STATE", Assert.Throws<RuleViolationException>(() =>
            f.Tender.RetenderAllRejected(AllRejected("否决全部投标"), [], Beijing.At("2026-09-09 10:00"))).Rule);
        Assert.Equal(TenderStatus.CandidatesPublicized, f.State.Status);
        Assert.Throws<ArgumentException>(() => new AwardFixture().Tender.RetenderAllRejected(AwardFixture.Result(Beijing.At("2026-09-08 10:00")), [], Beijing.At("2026-09-09 10:00")));
    }

    [Fact]
    public void A_suspension_ordered_again_for_the_same_complaint_pauses_the_tender_once_and_another_order_is_refused()
    {
        var f = new AwardFixture().Publicized(Beijing.At("2026-09-08 10:00"));
        f.Tender.Suspend(Supervisor, "投诉 C-7：暂停", Beijing.At("2026-09-09 10:00"), "C-7");
        f.Tender.Suspend(Supervisor, "投诉 C-7：暂停", Beijing.At("2026-09-09 10:05"), "C-7");
        var pause = Assert.Single(f.State.Suspensions);
        Assert.Equal("C-7", pause.ComplaintId);
        Assert.True(TenderHall.Grains.Tendering.Tender.SuspendedFor(f.Tender.ToView(), "C-7"));
        Assert.Equal("TENDER-STATE", Assert.Throws<RuleViolationException>(() =>
            f.Tender.Suspend(Supervisor, "投诉 C-8：暂停", Beijing.At("2026-09-09 10:10"), "C-8")).Rule);
        Assert.False(TenderHall.Grains.Tendering.Tender.SuspendedFor(f.Tender.ToView(), "C-8"));
    }
}
