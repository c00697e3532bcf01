namespace TenderHall.Grains.Contracts.Evaluation;

/// <summary>A winning-bid candidate as the committee ranked it (BLR 53: at most three, in order).</summary>
[GenerateSerializer, Alias("th.RankedCandidate")]
public sealed class RankedCandidate
{
    /// <summary>1 for the first-ranked candidate.</summary>
    [Id(0)] public int Rank { get; set; }

    /// <summary>The bidder's organization id.</summary>
    [Id(1)] public string BidderId { get; set; } = "";

    /// <summary>The bidder's registered name (an organization, published with the candidates, BLR 54).</summary>
    [Id(2)] public string BidderName { get; set; } = "";

    /// <summary>The bid price in CNY as opened.</summary>
    [Id(3)] public decimal Price { get; set; }

    /// <summary>The aggregated score (comprehensive scoring) or the evaluated price (lowest evaluated price).</summary>
    [Id(4)] public decimal Score { get; set; }
}
