namespace TenderHall.Grains.Contracts.Bidding;

/// <summary>A bidder's standing in the bid box.</summary>
[GenerateSerializer, Alias("th.BidStanding")]
public sealed record BidStanding(
    [property: Id(0)] SealedBid? Current,
    [property: Id(1)] bool Withdrawn,
    [property: Id(2)] IReadOnlyList<string> Replaced);
