namespace TenderHall.Grains.Contracts.Bidding;

/// <summary>The bid box of one tender (key: tender id): accepts sealed envelopes until the deadline, by the server's clock.</summary>
public interface IBidBoxGrain : IGrainWithStringKey
{
    /// <summary>Records a validated, durable envelope as the bidder's bid (replacing an earlier one) and returns the receipt.</summary>
    Task<BidReceipt> Submit(BidSubmission submission);

    /// <summary>Withdraws the bidder's bid before the deadline (BLR 35).</summary>
    Task Withdraw(string bidderId, string userName);

    /// <summary>The bidder's own bid status.</summary>
    [Orleans.Concurrency.ReadOnly]
    Task<BidStatus> StatusOf(string bidderId);

    /// <summary>How many bids count now (public only after the deadline; the grain refuses earlier).</summary>
    [Orleans.Concurrency.ReadOnly]
    Task<IReadOnlyList<BidReceipt>> Opened();
}
