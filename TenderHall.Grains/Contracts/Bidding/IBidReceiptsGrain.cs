namespace TenderHall.Grains.Contracts.Bidding;

/// <summary>The receipts issued to one bidder in one tender (key: <c>{tenderId}/{bidderId}</c>), by envelope hash.</summary>
public interface IBidReceiptsGrain : IGrainWithStringKey
{
    /// <summary>Keeps a receipt; the first receipt for an envelope is the one that stays.</summary>
    Task<BidReceipt> Keep(BidReceipt receipt);

    /// <summary>The receipt for an envelope, or null.</summary>
    [Orleans.Concurrency.ReadOnly]
    Task<BidReceipt?> Of(string envelopeSha256);
}
