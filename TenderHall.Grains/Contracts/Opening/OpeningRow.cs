namespace TenderHall.Grains.Contracts.Opening;

/// <summary>One line of the opening record (开标记录表).</summary>
[GenerateSerializer, Alias("th.OpeningRow")]
public sealed class OpeningRow
{
    /// <summary>Bidder organisation.</summary>
    [Id(0)] public string BidderId { get; set; } = "";

    /// <summary>Bidder name.</summary>
    [Id(1)] public string BidderName { get; set; } = "";

    /// <summary>SHA-256 of the envelope opened.</summary>
    [Id(2)] public string EnvelopeSha256 { get; set; } = "";

    /// <summary>Decrypted, revoked or withdrawn.</summary>
    [Id(3)] public DecryptionOutcome Outcome { get; set; }

    /// <summary>Bid price (yuan, decimal string) when opened.</summary>
    [Id(4)] public string? Price { get; set; }

    /// <summary>Duration in days.</summary>
    [Id(5)] public int? DurationDays { get; set; }

    /// <summary>Quality commitment.</summary>
    [Id(6)] public string? QualityCommitment { get; set; }

    /// <summary>Deposit reference and whether the deposit was paid.</summary>
    [Id(7)] public string? DepositStatus { get; set; }

    /// <summary>Why decryption failed, when it did.</summary>
    [Id(8)] public string? FailureCause { get; set; }

    /// <summary>SHA-256 of the decrypted payload (bid form and attachments), kept for evaluation.</summary>
    [Id(9)] public string? PayloadSha256 { get; set; }

    /// <summary>The bidder's answer on the spot: null until given, then confirmed or objected.</summary>
    [Id(10)] public bool? Confirmed { get; set; }

    /// <summary>The bidder's objection at the opening (BLR 44).</summary>
    [Id(11)] public string? Objection { get; set; }

    /// <summary>The agency's answer to it, on the spot.</summary>
    [Id(12)] public string? ObjectionAnswer { get; set; }
}
