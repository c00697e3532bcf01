namespace TenderHall.Grains.Bidding;

/// <summary>Stored state of <see cref="BidBoxGrain"/>: receipts and hashes only; envelopes live in the blob store.</summary>
public sealed class BidBoxState
{
    /// <summary>Bids by bidder organisation.</summary>
    public Dictionary<string, BidRecord> Bids { get; set; } = [];
}
