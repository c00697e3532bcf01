using TenderHall.Grains.Contracts.Opening;

namespace TenderHall.Grains.Contracts.Award;

/// <summary>The written contract (BL 46): drafted by the platform, signed on the platform by both parties, within 30 days of the notice.</summary>
[GenerateSerializer, Alias("th.ContractRecord")]
public sealed class ContractRecord
{
    /// <summary>Contract value in fen.</summary>
    [Id(0)] public long ValueFen { get; set; }

    /// <summary>Performance bond in fen (BLR 58: at most 10 % of the value).</summary>
    [Id(1)] public long PerformanceBondFen { get; set; }

    /// <summary>SHA-256 of the platform-signed draft.</summary>
    [Id(2)] public string DraftPdfSha256 { get; set; } = "";

    /// <summary>SHA-256 of the PDF as it stands: the draft plus the signatures so far.</summary>
    [Id(3)] public string PdfSha256 { get; set; } = "";

    /// <summary>When it was drafted.</summary>
    [Id(4)] public DateTimeOffset DraftedAt { get; set; }

    /// <summary>The parties' signatures, in order.</summary>
    [Id(5)] public List<ContractSignature> Signatures { get; set; } = [];

    /// <summary>A party's prepared signature awaiting its signed attributes (never public).</summary>
    [Id(6)] public RecordSigningRequest? Pending { get; set; }

    /// <summary>When the second party signed; null before.</summary>
    [Id(7)] public DateTimeOffset? SignedAt { get; set; }

    /// <summary>Government procurement: filed with the finance department by (GPL 47, 7 working days).</summary>
    [Id(8)] public DateTimeOffset? FilingDue { get; set; }

    /// <summary>When it was filed.</summary>
    [Id(9)] public DateTimeOffset? FiledAt { get; set; }

    /// <summary>Published on the platform (GPR 50: within 2 working days; the platform publishes it at signing).</summary>
    [Id(10)] public DateTimeOffset? PublishedAt { get; set; }
}
