namespace TenderHall.Grains.Contracts.Bidding;

/// <summary>A bid as the bid box counts it: whose, which envelope, when received.</summary>
[GenerateSerializer, Alias("th.SealedBid")]
public sealed record SealedBid(
    [property: Id(0)] string BidderId,
    [property: Id(1)] string EnvelopeSha256,
    [property: Id(2)] long Size,
    [property: Id(3)] DateTimeOffset ReceivedAt);
