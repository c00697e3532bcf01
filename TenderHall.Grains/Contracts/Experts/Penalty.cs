namespace TenderHall.Grains.Contracts.Experts;

/// <summary>An administrative penalty or sanction recorded against the expert (BLR 81; Art 12: past penalties recuse).</summary>
[GenerateSerializer, Alias("th.ExpertPenalty")]
public sealed record Penalty
{
    /// <summary>When it was imposed.</summary>
    [Id(0)] public DateTimeOffset At { get; init; }

    /// <summary>What it was for and by whom.</summary>
    [Id(1)] public string Reason { get; init; } = "";
}
