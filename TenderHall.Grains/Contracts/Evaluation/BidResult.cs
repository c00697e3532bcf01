namespace TenderHall.Grains.Contracts.Evaluation;

/// <summary>A valid bid's aggregated result: price points, the members' mean, the total (or the evaluated price).</summary>
[GenerateSerializer, Alias("th.BidResult")]
public sealed class BidResult
{
    /// <summary>The bidder.</summary>
    [Id(0)] public string BidderId { get; set; } = "";

    /// <summary>The bidder's name.</summary>
    [Id(1)] public string BidderName { get; set; } = "";

    /// <summary>The price as opened.</summary>
    [Id(2)] public decimal Price { get; set; }

    /// <summary>Price points (comprehensive scoring).</summary>
    [Id(3)] public decimal PriceScore { get; set; }

    /// <summary>Mean of the members' technical points (highest and lowest dropped with seven or more members).</summary>
    [Id(4)] public decimal Technical { get; set; }

    /// <summary>Mean of the members' commercial points, aggregated the same way.</summary>
    [Id(5)] public decimal Commercial { get; set; }

    /// <summary>The total points, or the evaluated price for the lowest evaluated price method.</summary>
    [Id(6)] public decimal Score { get; set; }
}
