using TenderHall.Grains.Contracts.Rules;
using TenderHall.Grains.Contracts.Tendering;
using TenderHall.Grains.Tests.Deadlines;
using static TenderHall.Grains.Tests.Tendering.TenderFixture;

namespace TenderHall.Grains.Tests.Award;

public sealed class AwardTests
{
    private static readonly DateTimeOffset Publicized = Beijing.At("2026-09-08 10:00");
    private static readonly DateTimeOffset AfterPublicity = Beijing.At("2026-09-12 10:00");

    [Fact]
    public void A_state_funded_project_awards_the_first_ranked_candidate_only()
    {
        var f = new AwardFixture().Publicized(Publicized);
        var second = Assert.Throws<RuleViolationException>(() => f.Tender.Decide(Agency, AwardFixture.Request(AwardFixture.Bidders[1], "报价合理"), true, AwardFixture.Bidders, AfterPublicity));
        Assert.Equal("BLR-55", second.Rule);
        Assert.Equal(TenderStatus.CandidatesPublicized, f.State.Status);
        Assert.Null(f.After.Award);
    }

    [Fact]
    public void The_winner_and_every_other_bidder_are_told_at_the_same_instant()
    {
        var f = new AwardFixture().Publicized(Publicized);
        f.Tender.Decide(Agency, AwardFixture.Request(AwardFixture.Bidders[0]), true, AwardFixture.Bidders, AfterPublicity);
        Assert.Equal(TenderStatus.Awarded, f.State.Status);
        var notices = f.Tender.Effects.Notifications;
        Assert.Equal([AwardFixture.Bidders[0]], notices.Single(n => n.Notification.Type == "tender.award-notice").Recipients);
        var result = notices.Single(n => n.Notification.Type == "tender.award-result");
        Assert.Equal([.. AwardFixture.Bidders[1..], Agency.OrganizationId!], result.Recipients);
        Assert.Single(notices.Select(n => n.Notification.At).Distinct());
        Assert.Equal(Beijing.At("2026-10-13"), f.After.ContractDue); // 30 days from 12 Sep: 12 Oct (BL 46)
        Assert.Equal(Beijing.At("2026-09-29"), f.After.ReportDue); // 15 days: 27 Sep is a holiday Sunday, so Monday 28 (BL 47, CC 203)
    }

    [Fact]
    public void When_the_first_gives_up_the_award_falls_to_the_next_in_rank()
    {
        var f = new AwardFixture().Awarded(Publicized);
        Assert.Equal("TENDER-STATE", Assert.Throws<RuleViolationException>(() =>
            f.Tender.RequireAwardable(Agency, AwardFixture.Bidders[1], null, true, AfterPublicity.AddDays(1))).Rule);
        f.Tender.Decline(Agency, "中标人书面放弃中标", AfterPublicity.AddDays(2));
        Assert.Equal("BLR-55", Assert.Throws<RuleViolationException>(() =>
            f.Tender.RequireAwardable(Agency, AwardFixture.Bidders[2], "x", true, AfterPublicity.AddDays(2))).Rule);
        f.Tender.Decide(Agency, AwardFixture.Request(AwardFixture.Bidders[1]), true, AwardFixture.Bidders, AfterPublicity.AddDays(3));
        Assert.Equal(AwardFixture.Bidders[1], f.After.Award!.BidderId);
        Assert.Contains("依次确定", f.After.Award.Reason, StringComparison.Ordinal);
        Assert.Equal(AwardFixture.Bidders[0], Assert.Single(f.After.Declined).BidderId);
        Assert.Equal(TenderStatus.Awarded, f.State.Status);
    }

    [Fact]
    public void When_every_candidate_falls_away_the_tender_must_be_retendered()
    {
        var f = new AwardFixture().Publicized(Publicized);
        for (var i = 0; i < 3; i++)
        {
            f.Tender.Decide(Agency, AwardFixture.Request(AwardFixture.Bidders[i]), true, AwardFixture.Bidders, AfterPublicity.AddDays(i));
            f.Tender.Decline(Agency, "未按要求提交履约保证金", AfterPublicity.AddDays(i).AddHours(1));
        }

        Assert.Equal("BLR-55-EXHAUSTED", Assert.Throws<RuleViolationException>(() =>
            f.Tender.RequireAwardable(Agency, AwardFixture.Bidders[0], null, true, AfterPublicity.AddDays(4))).Rule);
    }

    [Fact]
    public void Otherwise_the_tenderee_may_choose_another_candidate_with_a_recorded_reason()
    {
        var f = new AwardFixture().Publicized(Publicized);
        Assert.Equal("AWARD-REASON", Assert.Throws<RuleViolationException>(() =>
            f.Tender.RequireAwardable(Agency, AwardFixture.Bidders[1], " ", false, AfterPublicity)).Rule);
        Assert.Equal("AWARD-CANDIDATE", Assert.Throws<RuleViolationException>(() =>
            f.Tender.RequireAwardable(Agency, AwardFixture.Bidders[3], "报价最低", false, AfterPublicity)).Rule);
        f.Tender.Decide(Agency, AwardFixture.Request(AwardFixture.Bidders[1], "技术方案更适合本项目"), false, AwardFixture.Bidders, AfterPublicity);
        Assert.Equal("技术方案更适合本项目", f.After.Award!.Reason);
        Assert.Equal(2, f.After.Award.Rank);
    }

    [Fact]
    public void Only_the_tenderees_agency_awards()
    {
        var f = new AwardFixture().Publicized(Publicized);
        Assert.Equal("TENDER-OWNER", Assert.Throws<RuleViolationException>(() =>
            f.Tender.RequireAwardable(OtherAgency, AwardFixture.Bidders[0], null, true, AfterPublicity)).Rule);
    }
}
