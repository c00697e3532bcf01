namespace TenderHall.Grains.Contracts.Experts;

/// <summary>One change of an expert's status, with its date and reason, kept for the record.</summary>
[GenerateSerializer, Alias("th.ExpertStatusChange")]
public sealed record StatusChange
{
    /// <summary>The new status.</summary>
    [Id(0)] public ExpertStatus Status { get; init; }

    /// <summary>When it took effect.</summary>
    [Id(1)] public DateTimeOffset At { get; init; }

    /// <summary>Why.</summary>
    [Id(2)] public string Reason { get; init; } = "";

    /// <summary>Who decided: a user name, or <c>system</c> for a suspension by ratings.</summary>
    [Id(3)] public string By { get; init; } = "";

    /// <summary>When a suspension ends by itself; null for an open-ended one.</summary>
    [Id(4)] public DateTimeOffset? Until { get; init; }
}
