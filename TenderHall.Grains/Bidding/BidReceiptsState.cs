using TenderHall.Grains.Contracts.Bidding;

namespace TenderHall.Grains.Bidding;

/// <summary>Stored state of <see cref="BidReceiptsGrain"/>.</summary>
public sealed class BidReceiptsState
{
    /// <summary>Receipts by envelope hash.</summary>
    public Dictionary<string, BidReceipt> Receipts { get; set; } = [];
}
