using TenderHall.Grains.Contracts.Evaluation;
using TenderHall.Grains.Contracts.Tendering;

namespace TenderHall.Grains.Contracts.Award;

/// <summary>
/// A tender after its evaluation: the publicized candidates (BLR 54), the award (BL 45, BLR 55), the contract (BL 46),
/// the written report (BL 47), the archive and the trade certificate. Stored with the tender.
/// </summary>
[GenerateSerializer, Alias("th.AwardView")]
public sealed class AwardView
{
    /// <summary>The tender id.</summary>
    [Id(0)] public string TenderId { get; set; } = "";

    /// <summary>The tender's status.</summary>
    [Id(1)] public TenderStatus Status { get; set; }

    /// <summary>The committee's result as published: candidates with ranks, prices, scores, and rejections (organizations only).</summary>
    [Id(2)] public EvaluationResult? Result { get; set; }

    /// <summary>Candidates were due to be published by (BLR 54: 3 days after the report).</summary>
    [Id(3)] public DateTimeOffset? PublicationDue { get; set; }

    /// <summary>Publicity start.</summary>
    [Id(4)] public DateTimeOffset? PublicityFrom { get; set; }

    /// <summary>Publicity end (BLR 54: at least 3 days, CC 201–203), moved on by pauses.</summary>
    [Id(5)] public DateTimeOffset? PublicityUntil { get; set; }

    /// <summary>The award standing now, or null.</summary>
    [Id(6)] public AwardDecision? Award { get; set; }

    /// <summary>Earlier winners that gave up or failed the performance bond (BLR 55).</summary>
    [Id(7)] public List<AwardDecision> Declined { get; set; } = [];

    /// <summary>The contract must be signed by (BL 46: 30 days after the notice).</summary>
    [Id(8)] public DateTimeOffset? ContractDue { get; set; }

    /// <summary>The contract, once drafted.</summary>
    [Id(9)] public ContractRecord? Contract { get; set; }

    /// <summary>The written report to supervision is due by (BL 47: 15 days after the winner was determined).</summary>
    [Id(10)] public DateTimeOffset? ReportDue { get; set; }

    /// <summary>SHA-256 of the filed written report.</summary>
    [Id(11)] public string? ReportPdfSha256 { get; set; }

    /// <summary>When it was filed.</summary>
    [Id(12)] public DateTimeOffset? ReportFiledAt { get; set; }

    /// <summary>SHA-256 of the archive manifest.</summary>
    [Id(13)] public string? ArchiveManifestSha256 { get; set; }

    /// <summary>SHA-256 of the trade certificate's statement.</summary>
    [Id(14)] public string? CertificateSha256 { get; set; }

    /// <summary>When it was archived.</summary>
    [Id(15)] public DateTimeOffset? ArchivedAt { get; set; }
}
