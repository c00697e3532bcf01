namespace TenderHall.Grains.Contracts.Evaluation;

/// <summary>A member's submitted scores, one entry per bid that passed the review.</summary>
[GenerateSerializer, Alias("th.ScoreSheet")]
public sealed class ScoreSheet
{
    /// <summary>The member's seat label.</summary>
    [Id(0)] public string Seat { get; set; } = "";

    /// <summary>When it was submitted; a sheet is submitted once.</summary>
    [Id(1)] public DateTimeOffset SubmittedAt { get; set; }

    /// <summary>The scores.</summary>
    [Id(2)] public List<ScoreEntry> Entries { get; set; } = [];
}
