namespace TenderHall.Grains.Contracts.Experts;

/// <summary>A draw that seated the expert, for the rule against being drawn too often for one agency.</summary>
[GenerateSerializer, Alias("th.ExpertDrawn")]
public sealed record DrawnRecord
{
    /// <summary>The tender.</summary>
    [Id(0)] public string TenderId { get; init; } = "";

    /// <summary>The agency that requested the draw.</summary>
    [Id(1)] public string AgencyId { get; init; } = "";

    /// <summary>When the expert was drawn.</summary>
    [Id(2)] public DateTimeOffset At { get; init; }
}
