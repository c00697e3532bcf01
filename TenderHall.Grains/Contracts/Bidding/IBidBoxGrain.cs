using TenderHall.Grains.Contracts.Transparency;
namespace TenderHall.Grains.Contracts.Bidding;

/// <summary>
/// The bid box of one tender (key: tender id): which envelope counts for each bidder. It holds hashes only and does one
/// quick write per batch of bids, so hundreds of bidders at the deadline are not queued behind slow work.
/// </summary>
public interface IBidBoxGrain : IGrainWithStringKey
{
    /// <summary>
    /// Counts each envelope as its bidder's bid (replacing an earlier one), with its <c>bid.received</c> event in the
    /// outbox, all in one write (group commit: the acceptances that arrived while the last write ran); each is refused
    /// on its own after the deadline or once sealed, and the same envelope again is answered as it stands. Answers after
    /// the write, one outcome per acceptance in order; a failed write fails them all.
    /// </summary>
    Task<IReadOnlyList<AcceptOutcome>> Accept(IReadOnlyList<BidAcceptance> acceptances);

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
