using TenderHall.Grains.Contracts.Evaluation;
using TenderHall.Grains.Evaluation;

namespace TenderHall.Grains.Tests.Evaluation;

public sealed class CandidateRankingTests
{
    private static BidResult R(string bidder, decimal score, decimal price, decimal technical = 0) =>
        new() { BidderId = bidder, BidderName = bidder, Score = score, Price = price, Technical = technical };

    [Theory]
    // highest total first
    [InlineData("a:90:100:40,b:95:120:40,c:85:90:40", "b,a,c")]
    // equal totals: the lower price first
    [InlineData("a:90:100:40,b:90:99:40,c:85:90:40", "b,a,c")]
    // equal totals and prices: the higher technical points first
    [InlineData("a:90:100:40,b:90:100:42,c:85:90:40", "b,a,c")]
    public void Comprehensive_scoring_ranks_by_total_then_price_then_technical_points(string results, string expected)
    {
        var ranked = CandidateRanking.Candidates("T-R1", Parse(results), EvaluationMethodKind.Comprehensive);
        Assert.Equal(expected.Split(','), ranked.Select(c => c.BidderId));
        Assert.Equal([1, 2, 3], ranked.Select(c => c.Rank));
    }

    [Fact]
    public void Lowest_evaluated_price_ranks_the_lowest_evaluated_price_first_then_the_lower_bid()
    {
        var ranked = CandidateRanking.Candidates("T-R2", [R("a", 105, 100), R("b", 101, 101), R("c", 101, 100)], EvaluationMethodKind.LowestEvaluatedPrice);
        Assert.Equal(["c", "b", "a"], ranked.Select(c => c.BidderId));
    }

    [Fact]
    public void A_full_tie_is_settled_by_the_recomputable_lot_whatever_order_the_bids_came_in()
    {
        var tied = new[] { R("bidder-x", 90, 100, 40), R("bidder-y", 90, 100, 40) };
        var forward = CandidateRanking.Candidates("T-R3", tied, EvaluationMethodKind.Comprehensive);
        var backward = CandidateRanking.Candidates("T-R3", tied.Reverse(), EvaluationMethodKind.Comprehensive);
        Assert.Equal(forward.Select(c => c.BidderId), backward.Select(c => c.BidderId));
        var expectedFirst = string.CompareOrdinal(CandidateRanking.Lot("T-R3", "bidder-x"), CandidateRanking.Lot("T-R3", "bidder-y")) < 0 ? "bidder-x" : "bidder-y";
        Assert.Equal(expectedFirst, forward[0].BidderId);
    }

    [Theory]
    [InlineData(1, 1)]
    [InlineData(3, 3)]
    [InlineData(4, 3)]
    [InlineData(9, 3)]
    public void At_most_three_candidates_are_named(int valid, int candidates)
    {
        var results = Enumerable.Range(0, valid).Select(i => R($"b{i}", 90 - i, 100));
        Assert.Equal(candidates, CandidateRanking.Candidates("T-R4", results, EvaluationMethodKind.Comprehensive).Count);
    }

    private static List<BidResult> Parse(string results) =>
        [.. results.Split(',').Select(r => r.Split(':')).Select(p => R(p[0], D(p[1]), D(p[2]), D(p[3])))];

    private static decimal D(string value) => decimal.Parse(value, System.Globalization.CultureInfo.InvariantCulture);
}
