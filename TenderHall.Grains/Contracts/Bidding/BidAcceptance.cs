namespace TenderHall.Grains.Contracts.Bidding;

/// <summary>A validated, durable, signed envelope handed to the bid box, received at a server instant before the deadline.</summary>
[GenerateSerializer, Alias("th.BidAcceptance")]
public sealed class BidAcceptance
{
    /// <summary>The bid.</summary>
    [Id(0)] public SealedBid Bid { get; set; } = new("", "", 0, default);

    /// <summary>The tender's bid deadline as the intake read it.</summary>
    [Id(1)] public DateTimeOffset Deadline { get; set; }

    /// <summary>Network address of the submission (BLR 40 signals).</summary>
    [Id(2)] public string? Address { get; set; }

    /// <summary>Device fingerprint of the submission.</summary>
    [Id(3)] public string? DeviceFingerprint { get; set; }

    /// <summary>Serial of the certificate whose key signed the envelope.</summary>
    [Id(4)] public string? CertificateSerial { get; set; }
}
