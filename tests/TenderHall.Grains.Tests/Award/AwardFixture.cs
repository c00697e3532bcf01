using TenderHall.Grains.Contracts.Award;
using TenderHall.Grains.Contracts.Evaluation;
using TenderHall.Grains.Contracts.Opening;
using TenderHall.Grains.Contracts.Projects;
using TenderHall.Grains.Tendering;
using TenderHall.Grains.Tests.Tendering;

namespace TenderHall.Grains.Tests.Award;

/// <summary>A tender aggregate taken through its opening and evaluation on the real calendar, ready for publicity and award.</summary>
internal sealed class AwardFixture
{
    /// <summary>Monday 3 August 2026, 09:00 Beijing: the announcement; the bid deadline falls early in September.</summary>
    public static readonly DateTimeOffset Announced = new(2026, 8, 3, 9, 0, 0, TimeSpan.FromHours(8));

    public static readonly string[] Bidders = ["bidder-01", "bidder-02", "bidder-03", "bidder-04"];

    public AwardFixture(LegalRegime regime = LegalRegime.Engineering)
    {
        Tender = new Tender("T-award", State, TenderFixture.Deadlines);
        var registration = TenderFixture.Registration();
        Tender.Register(registration, TenderFixture.Project(regime), TenderFixture.Agency, Announced.AddDays(-1));
        Tender.Publish(Announced.AddHours(1), Announced.AddDays(8), Announced.AddDays(30), "招标公告", TenderFixture.Documents(), TenderFixture.Agency, Announced);
        var deadline = State.Schedule!.BidDeadline;
        Tender.Advance(deadline);
        Tender.CloseOpening(new string('c', 64), deadline.AddHours(2));
        Tender.StartEvaluation(deadline.AddDays(1));
    }

    public TenderState State { get; } = new();

    public Tender Tender { get; }

    public AwardView After => State.After;

    /// <summary>The committee's report signed at <paramref name="at"/> and published at once.</summary>
    public AwardFixture Publicized(DateTimeOffset at)
    {
        Tender.PublishCandidates(Result(at), at);
        return this;
    }

    public static EvaluationResult Result(DateTimeOffset signedAt) => new()
    {
        Candidates =
        [
            new RankedCandidate { Rank = 1, BidderId = Bidders[0], BidderName = "甲建设有限公司", Price = 1_000_000m, Score = 92.5m },
            new RankedCandidate { Rank = 2, BidderId = Bidders[1], BidderName = "乙建设有限公司", Price = 1_012_345m, Score = 90.1m },
            new RankedCandidate { Rank = 3, BidderId = Bidders[2], BidderName = "丙建设有限公司", Price = 1_024_690m, Score = 88.0m },
        ],
        Rejections = [new BidRejection { BidderId = Bidders[3], BidderName = "丁建设有限公司", Reason = "未提交投标保证金", Article = "BLR-51" }],
        ReportSha256 = new string('e', 64),
        SignedAt = signedAt,
    };

    public static AwardRequest Request(string winner, string? reason = null) =>
        new() { WinnerId = winner, Reason = reason, NoticePdfSha256 = new string('1', 64), ResultPdfSha256 = new string('2', 64) };

    /// <summary>Awarded to the first-ranked candidate right after the publicity.</summary>
    public AwardFixture Awarded(DateTimeOffset publicizedAt)
    {
        Publicized(publicizedAt);
        Tender.Decide(TenderFixture.Agency, Request(Bidders[0]), stateFunded: true, Bidders, After.PublicityUntil!.Value);
        return this;
    }

    public static RecordSigningRequest Signing(string user, string pdfSha) =>
        new() { Supervisor = user, KeyId = "k1", RecordPdfSha256 = pdfSha, PreparedPdfSha256 = new string('9', 64), SignedAttributes = "AA==", Certificate = "AA==" };
}
