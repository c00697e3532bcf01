namespace TenderHall.Grains.Contracts.Experts;

/// <summary>An expert's appeal against a suspension, and the centre's decision on it.</summary>
[GenerateSerializer, Alias("th.ExpertAppeal")]
public sealed record ExpertAppeal
{
    /// <summary>When it was lodged.</summary>
    [Id(0)] public DateTimeOffset At { get; init; }

    /// <summary>The expert's grounds.</summary>
    [Id(1)] public string Grounds { get; init; } = "";

    /// <summary>Null while pending; true when the suspension was lifted, false when upheld.</summary>
    [Id(2)] public bool? Granted { get; init; }

    /// <summary>The centre's reasons.</summary>
    [Id(3)] public string? Decision { get; init; }

    /// <summary>When it was decided.</summary>
    [Id(4)] public DateTimeOffset? DecidedAt { get; init; }
}
