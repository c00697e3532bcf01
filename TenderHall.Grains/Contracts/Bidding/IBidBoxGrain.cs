using TenderHall.Grains.Contracts.Transparency;
namespace TenderHall.Grains.Contracts.Bidding;

/// <summary>
/// The bid box of one tender (key: tender id): which envelope counts for each bidder. It holds hashes only and does one
/// quick write per bid, so hundreds of bidders at the deadline are not queued behind slow work.
/// </summary>
public interface IBidBoxGrain : IGrainWithStringKey
{
    /// <summary>
    /// Counts the envelope as the bidder's bid (replacing an earlier one) and writes its <c>bid.received</c> event to the
    /// outbox in the same write; refused after the deadline or once sealed. The same envelope again is answered as it stands.
    /// </summary>
    Task<AcceptedBid> Accept(BidAcceptance acceptance);

    /// <summary>
    /// The log index of the <c>bid.received</c> event of the bidder's current envelope, appending it from the outbox if
    /// needed (at most once); interleaves, so bids keep being counted while their events are logged.
    /// </summary>
    [Orleans.Concurrency.AlwaysInterleave]
    Task<LogReceipt> Logged(string bidderId, string envelopeSha256);

    /// <summary>Withdraws the bidder's bid (BLR 35), logging it through the outbox; refused at or after <paramref name="deadline"/>. Idempotent.</summary>
    Task Withdraw(string bidderId, DateTimeOffset now, DateTimeOffset deadline);

    /// <summary>Seals the box for the opening and returns the bids that count, in order of receipt. Idempotent.</summary>
    Task<IReadOnlyList<SealedBid>> Seal();

    /// <summary>The bidder's current bid, whether it withdrew, and the envelopes it replaced.</summary>
    [Orleans.Concurrency.ReadOnly]
    Task<BidStanding> StandingOf(string bidderId);
}
