namespace TenderHall.Grains.Contracts.Bidding;

/// <summary>A complete, durable, validated envelope handed to the bid box, with where it came from (EBM 49, BLR 40).</summary>
[GenerateSerializer, Alias("th.BidSubmission")]
public sealed class BidSubmission
{
    /// <summary>The bidder organisation.</summary>
    [Id(0)] public string BidderId { get; set; } = "";

    /// <summary>The user who submitted.</summary>
    [Id(1)] public string UserName { get; set; } = "";

    /// <summary>SHA-256 of the whole envelope: its identity and its address in the blob store.</summary>
    [Id(2)] public string EnvelopeSha256 { get; set; } = "";

    /// <summary>Envelope size in bytes.</summary>
    [Id(3)] public long Size { get; set; }

    /// <summary>Network address of the submission.</summary>
    [Id(4)] public string? Address { get; set; }

    /// <summary>Device fingerprint reported by the client.</summary>
    [Id(5)] public string? DeviceFingerprint { get; set; }

    /// <summary>The bidder's signature over the envelope hash, base64 (EBM 26: bids are signed).</summary>
    [Id(6)] public string Signature { get; set; } = "";
}
