namespace TenderHall.Grains.Contracts.Guarantees;

/// <summary>A bid guarantee letter (投标保函) lodged for a tender's bid deposit (BLR 26), and what became of it.</summary>
[GenerateSerializer, Alias("th.GuaranteeLetter")]
public sealed class GuaranteeLetter
{
    /// <summary>The guarantee id (<see cref="GuaranteeIds"/>), also the grain key.</summary>
    [Id(0)] public string GuaranteeId { get; set; } = "";

    /// <summary>The tender.</summary>
    [Id(1)] public string TenderId { get; set; } = "";

    /// <summary>The bidder (the principal of the letter).</summary>
    [Id(2)] public string BidderId { get; set; } = "";

    /// <summary>The issuing institution.</summary>
    [Id(3)] public string IssuerName { get; set; } = "";

    /// <summary>The issuer's unified social credit code.</summary>
    [Id(4)] public string IssuerCreditCode { get; set; } = "";

    /// <summary>The letter number.</summary>
    [Id(5)] public string LetterNumber { get; set; } = "";

    /// <summary>The guaranteed amount in fen.</summary>
    [Id(6)] public long AmountFen { get; set; }

    /// <summary>Start of validity.</summary>
    [Id(7)] public DateTimeOffset ValidFrom { get; set; }

    /// <summary>End of validity.</summary>
    [Id(8)] public DateTimeOffset ValidUntil { get; set; }

    /// <summary>Where it stands.</summary>
    [Id(9)] public GuaranteeStatus Status { get; set; }

    /// <summary>When the bidder lodged it (server clock).</summary>
    [Id(10)] public DateTimeOffset LodgedAt { get; set; }

    /// <summary>The issuer's decision, once it answered.</summary>
    [Id(11)] public GuaranteeDecision? Decision { get; set; }

    /// <summary>When the issuer decided, as it signed.</summary>
    [Id(12)] public DateTimeOffset? DecidedAt { get; set; }

    /// <summary>The release, once released.</summary>
    [Id(13)] public GuaranteeRelease? Release { get; set; }

    /// <summary>SHA-256 (hex) of the letter's identifying fields: what the public log names instead of the bidder (BL 22).</summary>
    [Id(14)] public string LetterSha256 { get; set; } = "";
}
