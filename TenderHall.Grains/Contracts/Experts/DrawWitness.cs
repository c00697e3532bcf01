namespace TenderHall.Grains.Contracts.Experts;

/// <summary>The supervisor who witnesses the draw, and what they committed to and revealed.</summary>
[GenerateSerializer, Alias("th.DrawWitness")]
public sealed record DrawWitness
{
    /// <summary>Supervisor user name.</summary>
    [Id(0)] public string Supervisor { get; init; } = "";

    /// <summary>Supervisor's organisation.</summary>
    [Id(1)] public string? OrganizationId { get; init; }

    /// <summary>When they checked in.</summary>
    [Id(2)] public DateTimeOffset CheckedInAt { get; init; }

    /// <summary>Network address of the check-in (EBM 49; shown to supervision only).</summary>
    [Id(3)] public string? Address { get; init; }

    /// <summary>Hex SHA-256 commitment to the contribution.</summary>
    [Id(4)] public string? Commitment { get; init; }

    /// <summary>Hex contribution, once revealed.</summary>
    [Id(5)] public string? Contribution { get; init; }
}
