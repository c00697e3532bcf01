using TenderHall.Grains.Contracts.Transparency;

namespace TenderHall.Grains.Contracts.Bidding;

/// <summary>A bid the box holds durably, with the <c>bid.received</c> log event written in its outbox alongside it.</summary>
/// <param name="Bid">The bid that counts.</param>
/// <param name="Received">Its log event, exactly as the log gets it.</param>
[GenerateSerializer, Alias("th.AcceptedBid")]
public sealed record AcceptedBid([property: Id(0)] SealedBid Bid, [property: Id(1)] LogEvent Received);
