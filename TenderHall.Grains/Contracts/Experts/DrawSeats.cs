namespace TenderHall.Grains.Contracts.Experts;

/// <summary>The seats of one specialty in the requested committee.</summary>
[GenerateSerializer, Alias("th.DrawSeats")]
public sealed record DrawSeats
{
    /// <summary>Specialty code.</summary>
    [Id(0)] public string Specialty { get; init; } = "";

    /// <summary>Expert seats of this specialty.</summary>
    [Id(1)] public int Seats { get; init; }

    /// <summary>Backups drawn for this specialty (BLR 46: replacement by the same method).</summary>
    [Id(2)] public int Backups { get; init; }
}
