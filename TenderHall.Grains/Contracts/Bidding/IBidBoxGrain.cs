namespace TenderHall.Grains.Contracts.Bidding;

/// <summary>
/// The bid box of one tender (key: tender id): which envelope counts for each bidder. It holds hashes only and does one
/// quick write per bid, so hundreds of bidders at the deadline are not queued behind slow work.
/// </summary>
public interface IBidBoxGrain : IGrainWithStringKey
{
    /// <summary>Counts the envelope as the bidder's bid (replacing an earlier one); refused after the deadline or once sealed.</summary>
    Task<SealedBid> Accept(BidAcceptance acceptance);

    /// <summary>Withdraws the bidder's bid (BLR 35); refused at or after <paramref name="deadline"/>.</summary>
    Task<SealedBid> Withdraw(string bidderId, DateTimeOffset now, DateTimeOffset deadline);

    /// <summary>Seals the box for the opening and returns the bids that count, in order of receipt. Idempotent.</summary>
    Task<IReadOnlyList<SealedBid>> Seal();

    /// <summary>The bidder's current bid, whether it withdrew, and the envelopes it replaced.</summary>
    [Orleans.Concurrency.ReadOnly]
    Task<BidStanding> StandingOf(string bidderId);
}
