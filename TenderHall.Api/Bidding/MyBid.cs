using TenderHall.Grains.Contracts.Tendering;

namespace TenderHall.Api.Bidding;

/// <summary>One tender the caller holds documents for, and where its bid stands.</summary>
/// <param name="TenderId">The tender.</param>
/// <param name="Title">The tender's title.</param>
/// <param name="BidDeadline">The bid deadline, once published.</param>
/// <param name="TenderStatus">Where the tender stands.</param>
/// <param name="EnvelopeSha256">SHA-256 of the envelope that counts (the receipt's hash), or null when none does.</param>
/// <param name="LogIndex">Transparency-log index of that envelope's receipt.</param>
/// <param name="ReceivedAt">When the platform received that envelope.</param>
/// <param name="Withdrawn">Whether the bidder withdrew its bid (BLR 35).</param>
public sealed record MyBid(
    string TenderId, string Title, DateTimeOffset? BidDeadline, TenderStatus TenderStatus,
    string? EnvelopeSha256, long? LogIndex, DateTimeOffset? ReceivedAt, bool Withdrawn);
