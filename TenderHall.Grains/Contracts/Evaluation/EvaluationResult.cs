namespace TenderHall.Grains.Contracts.Evaluation;

/// <summary>
/// What the committee's signed report decides (BL 40, BLR 53): the ranked candidates and the rejected bids. The tender
/// publishes it (BLR 54) and the award follows from it (BL 45, BLR 55).
/// </summary>
[GenerateSerializer, Alias("th.EvaluationResult")]
public sealed class EvaluationResult
{
    /// <summary>At most three candidates, first-ranked first (BLR 53).</summary>
    [Id(0)] public List<RankedCandidate> Candidates { get; set; } = [];

    /// <summary>Every rejected bid with its reason.</summary>
    [Id(1)] public List<BidRejection> Rejections { get; set; } = [];

    /// <summary>Hex SHA-256 of the report PDF countersigned by every member.</summary>
    [Id(2)] public string ReportSha256 { get; set; } = "";

    /// <summary>When the last member signed.</summary>
    [Id(3)] public DateTimeOffset SignedAt { get; set; }

    /// <summary>Why no candidate remains, when the committee rejected every bid (BL 42); null when there are candidates.</summary>
    [Id(4)] public string? AllRejected { get; set; }
}
