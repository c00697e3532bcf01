namespace TenderHall.Grains.Contracts.Experts;

/// <summary>A period the expert cannot evaluate (travel, illness); a draw for an evaluation inside it skips the expert.</summary>
[GenerateSerializer, Alias("th.ExpertUnavailability")]
public sealed record Unavailability
{
    /// <summary>Start, inclusive.</summary>
    [Id(0)] public DateTimeOffset From { get; init; }

    /// <summary>End, exclusive.</summary>
    [Id(1)] public DateTimeOffset To { get; init; }

    /// <summary>Why.</summary>
    [Id(2)] public string Reason { get; init; } = "";
}
