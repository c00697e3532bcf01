using System.Globalization;
using TenderHall.Grains.Contracts.Evaluation;

namespace TenderHall.Grains.Evaluation;

/// <summary>
/// Collusion signals after the opening and after the scoring (domain-rules §5): identical or patterned prices and prices close
/// to the first candidate (BLR 40), the lowest bid rejected (BLR 41), outlying or identical expert scores (BLR 49). Like the
/// signals at submission (<see cref="Bidding.CollusionSignals"/>) each is keyed by what it is about, so raising it twice records it once.
/// </summary>
public static class EvaluationSignals
{
    /// <summary>A price within this share of the first candidate's counts as close to it.</summary>
    public const decimal NearWinner = 0.005m;

    /// <summary>A member's total this many points from the mean of the others' counts as outlying.</summary>
    public const decimal Outlier = 20m;

    /// <summary>Signals on the opened prices and the ranking: (code, key, detail).</summary>
    public static IEnumerable<(string Code, string Key, string Detail)> Prices(IReadOnlyList<EvaluatedBid> bids, IReadOnlyList<BidRejection> rejections,
        IReadOnlyList<RankedCandidate> candidates)
    {
        foreach (var same in bids.GroupBy(b => b.Price).Where(g => g.Count() > 1))
            yield return ("BLR-40-SAME-PRICE", Text(same.Key), $"{Names(same)} bid the same price {Text(same.Key)}");
        var sorted = bids.OrderBy(b => b.Price).ToList();
        if (sorted.Count >= 3 && sorted.Zip(sorted.Skip(1), (a, b) => b.Price - a.Price).Distinct().ToList() is [var gap] && gap > 0)
            yield return ("BLR-40-PRICE-PATTERN", Text(gap), $"the prices of {Names(sorted)} step by exactly {Text(gap)}");
        if (candidates.FirstOrDefault(c => c.Rank == 1) is { } first)
            foreach (var near in bids.Where(b => b.BidderId != first.BidderId && Math.Abs(b.Price - first.Price) <= first.Price * NearWinner))
                yield return ("BLR-40-NEAR-WINNER", near.BidderId, $"{near.BidderName} bid {Text(near.Price)}, within 0.5 % of the first candidate's {Text(first.Price)}");
        if (sorted.Count > 0 && rejections.FirstOrDefault(r => r.BidderId == sorted[0].BidderId) is { } lowest)
            yield return ("BLR-41-LOWEST-REJECTED", lowest.BidderId, $"the lowest bid, {lowest.BidderName}'s {Text(sorted[0].Price)}, was rejected: {lowest.Reason}");
    }

    /// <summary>Signals on the members' totals per bid (seat → bidder → points): outlying totals and identical sheets.</summary>
    public static IEnumerable<(string Code, string Key, string Detail)> Scores(IReadOnlyDictionary<string, Dictionary<string, decimal>> totals)
    {
        var seats = totals.Keys.Order(StringComparer.Ordinal).ToList();
        if (seats.Count < 3) yield break;
        foreach (var seat in seats)
            foreach (var (bidder, points) in totals[seat])
            {
                var others = seats.Where(s => s != seat).Select(s => totals[s][bidder]).Average();
                if (Math.Abs(points - others) > Outlier)
                    yield return ("BLR-49-SCORE-OUTLIER", $"{seat}/{bidder}", $"seat {seat} gave {bidder} {Text(points)} points, the others {Text(ScoreMath.Round(others))} on average");
            }

        for (var i = 0; i < seats.Count; i++)
            for (var j = i + 1; j < seats.Count; j++)
                if (totals[seats[i]].Count > 1 && totals[seats[i]].All(p => totals[seats[j]][p.Key] == p.Value))
                    yield return ("BLR-49-SCORE-CLUSTER", $"{seats[i]}+{seats[j]}", $"seats {seats[i]} and {seats[j]} gave every bid exactly the same points");
    }

    private static string Names(IEnumerable<EvaluatedBid> bids) => string.Join(", ", bids.Select(b => b.BidderName));

    private static string Text(decimal value) => value.ToString("0.00", CultureInfo.InvariantCulture);
}
