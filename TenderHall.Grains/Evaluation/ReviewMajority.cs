using TenderHall.Grains.Contracts.Evaluation;

namespace TenderHall.Grains.Evaluation;

/// <summary>
/// Qualification and compliance review by majority: a bid fails a criterion when more than half of the members find it
/// fails; its rejection states every criterion it fails with the members' reasons and articles (BLR 51).
/// </summary>
public static class ReviewMajority
{
    /// <summary>The rejections, in the order of <paramref name="bids"/>, from each member's failures.</summary>
    public static List<BidRejection> Reject(IReadOnlyList<EvaluatedBid> bids, IReadOnlyList<string> criteria, int members,
        IReadOnlyCollection<IReadOnlyList<ReviewFailure>> sheets)
    {
        var rejections = new List<BidRejection>();
        foreach (var bid in bids)
        {
            var failed = criteria
                .Select(c => (Criterion: c, Votes: sheets.SelectMany(s => s.Where(f => f.BidderId == bid.BidderId && f.Criterion == c).Take(1)).ToList()))
                .Where(c => c.Votes.Count * 2 > members)
                .ToList();
            if (failed.Count == 0) continue;
            rejections.Add(new BidRejection
            {
                BidderId = bid.BidderId, BidderName = bid.BidderName,
                Reason = string.Join("；", failed.Select(c => $"{c.Criterion}：{string.Join("／", c.Votes.Select(v => v.Reason).Distinct())}")),
                Article = string.Join(", ", failed.SelectMany(c => c.Votes.Select(v => v.Article)).Distinct()),
            });
        }

        return rejections;
    }
}
