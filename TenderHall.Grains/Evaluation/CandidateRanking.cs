using System.Security.Cryptography;
using System.Text;
using TenderHall.Grains.Contracts.Evaluation;

namespace TenderHall.Grains.Evaluation;

/// <summary>
/// Ranks the valid bids and names at most three candidates (BLR 53). Comprehensive scoring: the highest total first; lowest
/// evaluated price: the lowest evaluated price first. Ties go to the lower bid price, then (comprehensive) the higher
/// technical points (MOF Order 87 Art 65 orders ties by price); a tie that remains is settled by lot — the lower
/// SHA-256 of "tender id \n bidder id" — which anyone can recompute from the report.
/// </summary>
public static class CandidateRanking
{
    /// <summary>Most candidates the committee recommends (BLR 53).</summary>
    public const int MaxCandidates = 3;

    /// <summary>Every result in rank order.</summary>
    public static IReadOnlyList<BidResult> Order(string tenderId, IEnumerable<BidResult> results, EvaluationMethodKind kind)
    {
        var byScore = kind == EvaluationMethodKind.Comprehensive
            ? results.OrderByDescending(r => r.Score)
            : results.OrderBy(r => r.Score);
        return [.. byScore.ThenBy(r => r.Price).ThenByDescending(r => kind == EvaluationMethodKind.Comprehensive ? r.Technical : 0m)
            .ThenBy(r => Lot(tenderId, r.BidderId), StringComparer.Ordinal)];
    }

    /// <summary>The first <see cref="MaxCandidates"/> in rank order, ranked 1, 2, 3.</summary>
    public static List<RankedCandidate> Candidates(string tenderId, IEnumerable<BidResult> results, EvaluationMethodKind kind) =>
        [.. Order(tenderId, results, kind).Take(MaxCandidates).Select((r, i) => new RankedCandidate
        {
            Rank = i + 1, BidderId = r.BidderId, BidderName = r.BidderName, Price = r.Price, Score = r.Score,
        })];

    /// <summary>The lot that settles a full tie: hex SHA-256 of the tender and bidder ids.</summary>
    public static string Lot(string tenderId, string bidderId) =>
        Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(tenderId + "\n" + bidderId)));
}
