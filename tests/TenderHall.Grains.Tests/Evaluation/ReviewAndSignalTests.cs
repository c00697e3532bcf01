using TenderHall.Grains.Contracts.Evaluation;
using TenderHall.Grains.Contracts.Supervision;
using TenderHall.Grains.Evaluation;

namespace TenderHall.Grains.Tests.Evaluation;

public sealed class ReviewAndSignalTests
{
    private static readonly List<EvaluatedBid> Bids =
    [
        new() { BidderId = "a", BidderName = "甲公司", Price = 100 },
        new() { BidderId = "b", BidderName = "乙公司", Price = 110 },
        new() { BidderId = "c", BidderName = "丙公司", Price = 120 },
    ];

    private static ReviewFailure Fail(string bidder, string criterion, string reason) => new() { BidderId = bidder, Criterion = criterion, Reason = reason, Article = "BLR-51" };

    [Theory]
    // 3 of 5 find a fails: rejected; 2 of 5 find b fails: not rejected
    [InlineData(5, 3, 2, "a")]
    // 2 of 3: rejected
    [InlineData(3, 2, 1, "a")]
    // exactly half of 4 is no majority
    [InlineData(4, 2, 2, "")]
    public void A_bid_fails_a_criterion_only_by_majority(int members, int againstA, int againstB, string rejected)
    {
        var sheets = Enumerable.Range(0, members).Select(i => (IReadOnlyList<ReviewFailure>)
        [
            .. i < againstA ? [Fail("a", "资格", "营业执照过期")] : Array.Empty<ReviewFailure>(),
            .. i < againstB ? [Fail("b", "资格", "缺少资质证书")] : Array.Empty<ReviewFailure>(),
        ]).ToList();
        var rejections = ReviewMajority.Reject(Bids, ["资格", "保证金"], members, sheets);
        Assert.Equal(rejected, string.Join(",", rejections.Select(r => r.BidderId)));
    }

    [Fact]
    public void A_rejection_states_every_failed_criterion_with_reasons_and_articles()
    {
        var sheets = new List<IReadOnlyList<ReviewFailure>>
        {
            new[] { Fail("a", "资格", "营业执照过期"), Fail("a", "保证金", "未缴纳") },
            new[] { Fail("a", "资格", "营业执照已过有效期"), new ReviewFailure { BidderId = "a", Criterion = "保证金", Reason = "未缴纳", Article = "BLR-26" } },
            Array.Empty<ReviewFailure>(),
        };
        var rejection = Assert.Single(ReviewMajority.Reject(Bids, ["资格", "保证金"], 3, sheets));
        Assert.Equal("资格：营业执照过期／营业执照已过有效期；保证金：未缴纳", rejection.Reason);
        Assert.Equal("BLR-51, BLR-26", rejection.Article);
    }

    [Fact]
    public void Opened_prices_raise_identical_patterned_near_winner_and_lowest_rejected_signals_with_catalogued_codes()
    {
        List<EvaluatedBid> bids =
        [
            new() { BidderId = "a", BidderName = "甲", Price = 1_000_000 }, new() { BidderId = "b", BidderName = "乙", Price = 1_010_000 },
            new() { BidderId = "c", BidderName = "丙", Price = 1_020_000 }, new() { BidderId = "d", BidderName = "丁", Price = 1_020_000 },
        ];
        var signals = EvaluationSignals.Prices(bids, [new BidRejection { BidderId = "a", BidderName = "甲", Reason = "资格" }],
            [new RankedCandidate { Rank = 1, BidderId = "c", Price = 1_020_000 }]).ToList();
        Assert.Equal(["BLR-40-SAME-PRICE", "BLR-40-NEAR-WINNER", "BLR-41-LOWEST-REJECTED"], signals.Select(s => s.Code));
        Assert.Equal("d", signals[1].Key);
        var stepped = EvaluationSignals.Prices(bids.Take(3).ToList(), [], []).Select(s => s.Code);
        Assert.Equal(["BLR-40-PRICE-PATTERN"], stepped);
        Assert.All(signals.Select(s => s.Code).Concat(stepped), code => Assert.Contains(AlarmCodes.All, a => a.Code == code));
    }

    [Fact]
    public void Outlying_and_identical_expert_sheets_raise_signals_with_catalogued_codes()
    {
        var totals = new Dictionary<string, Dictionary<string, decimal>>
        {
            ["A/1"] = new() { ["a"] = 50, ["b"] = 52 },
            ["A/2"] = new() { ["a"] = 50, ["b"] = 52 },
            ["A/3"] = new() { ["a"] = 80, ["b"] = 55 },
        };
        var signals = EvaluationSignals.Scores(totals).ToList();
        Assert.Equal([("BLR-49-SCORE-OUTLIER", "A/3/a"), ("BLR-49-SCORE-CLUSTER", "A/1+A/2")], signals.Select(s => (s.Code, s.Key)));
        Assert.All(signals, s => Assert.Contains(AlarmCodes.All, a => a.Code == s.Code));
    }
}
