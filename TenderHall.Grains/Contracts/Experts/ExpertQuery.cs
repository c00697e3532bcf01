namespace TenderHall.Grains.Contracts.Experts;

/// <summary>A search of the expert database by the centre or supervision.</summary>
[GenerateSerializer, Alias("th.ExpertQuery")]
public sealed record ExpertQuery
{
    /// <summary>Part of the id, name, employer name or employer credit code; empty for all.</summary>
    [Id(0)] public string Text { get; init; } = "";

    /// <summary>Only this specialty; null for all.</summary>
    [Id(1)] public string? Specialty { get; init; }

    /// <summary>Only this status; null for all.</summary>
    [Id(2)] public ExpertStatus? Status { get; init; }
}
