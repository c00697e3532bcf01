namespace TenderHall.Grains.Contracts.Evaluation;

/// <summary>The committee's request to a bidder to clarify its bid, answered through the platform by a deadline (BL 39, BLR 52).</summary>
[GenerateSerializer, Alias("th.EvaluationClarification")]
public sealed class EvaluationClarification
{
    /// <summary>1, 2, … within the evaluation.</summary>
    [Id(0)] public int Number { get; set; }

    /// <summary>The bidder asked.</summary>
    [Id(1)] public string BidderId { get; set; } = "";

    /// <summary>The question; the answer may not change the substance of the bid (BL 39).</summary>
    [Id(2)] public string Question { get; set; } = "";

    /// <summary>When it was asked.</summary>
    [Id(3)] public DateTimeOffset AskedAt { get; set; }

    /// <summary>The answer is due before this instant.</summary>
    [Id(4)] public DateTimeOffset Due { get; set; }

    /// <summary>The bidder's answer.</summary>
    [Id(5)] public string? Answer { get; set; }

    /// <summary>When it was answered.</summary>
    [Id(6)] public DateTimeOffset? AnsweredAt { get; set; }
}
