namespace TenderHall.Grains.Contracts.Evaluation;

/// <summary>A bid the committee rejected, with its reason and the article it rests on (BLR 51, published with the candidates).</summary>
[GenerateSerializer, Alias("th.BidRejection")]
public sealed class BidRejection
{
    /// <summary>The bidder's organization id.</summary>
    [Id(0)] public string BidderId { get; set; } = "";

    /// <summary>The bidder's registered name.</summary>
    [Id(1)] public string BidderName { get; set; } = "";

    /// <summary>Why, in the committee's words.</summary>
    [Id(2)] public string Reason { get; set; } = "";

    /// <summary>The rule it rests on, e.g. "BLR-51".</summary>
    [Id(3)] public string Article { get; set; } = "";
}
