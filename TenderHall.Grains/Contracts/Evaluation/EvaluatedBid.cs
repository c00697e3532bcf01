namespace TenderHall.Grains.Contracts.Evaluation;

/// <summary>An opened bid as the committee reads it (the opening record's line and its decrypted payload).</summary>
[GenerateSerializer, Alias("th.EvaluatedBid")]
public sealed class EvaluatedBid
{
    /// <summary>The bidder's organization id.</summary>
    [Id(0)] public string BidderId { get; set; } = "";

    /// <summary>The bidder's registered name.</summary>
    [Id(1)] public string BidderName { get; set; } = "";

    /// <summary>The price in CNY as opened.</summary>
    [Id(2)] public decimal Price { get; set; }

    /// <summary>Duration in days.</summary>
    [Id(3)] public int? DurationDays { get; set; }

    /// <summary>Quality commitment.</summary>
    [Id(4)] public string? QualityCommitment { get; set; }

    /// <summary>Hex SHA-256 of the decrypted payload (bid form and attachments) in the blob store.</summary>
    [Id(5)] public string PayloadSha256 { get; set; } = "";
}
