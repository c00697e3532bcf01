namespace TenderHall.Grains.Contracts.Bidding;

/// <summary>A bidder's own view of its bid in one tender.</summary>
[GenerateSerializer, Alias("th.BidStatus")]
public sealed class BidStatus
{
    /// <summary>The envelope that counts, or null after a withdrawal or before any submission.</summary>
    [Id(0)] public BidReceipt? Current { get; set; }

    /// <summary>Whether the bidder withdrew (BLR 35).</summary>
    [Id(1)] public bool Withdrawn { get; set; }

    /// <summary>Envelopes replaced by later ones, oldest first.</summary>
    [Id(2)] public List<string> Replaced { get; set; } = [];
}
