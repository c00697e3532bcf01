namespace TenderHall.Grains.Contracts.Evaluation;

/// <summary>The content of the written evaluation report (BL 40, BLR 53), as the platform renders it.</summary>
[GenerateSerializer, Alias("th.EvaluationReport")]
public sealed class EvaluationReport
{
    /// <summary>The evaluation, as supervision sees it.</summary>
    [Id(0)] public EvaluationView View { get; set; } = new();

    /// <summary>Every member's score sheet.</summary>
    [Id(1)] public List<ScoreSheet> Sheets { get; set; } = [];

    /// <summary>The bids evaluated.</summary>
    [Id(2)] public List<EvaluatedBid> Bids { get; set; } = [];
}
