using TenderHall.Grains.Contracts.Licensing;

namespace TenderHall.Grains.Contracts.Performance;

/// <summary>
/// What the performance figures need of one case, as the case grain reports it after each write: a value, so a report
/// repeated (a retry, a replay on activation) changes nothing.
/// </summary>
[GenerateSerializer, Alias("th.CaseFact")]
public sealed record CaseFact
{
    /// <summary>The case number.</summary>
    [Id(0)] public string CaseNumber { get; init; } = "";

    /// <summary>The deciding department.</summary>
    [Id(1)] public string DepartmentId { get; init; } = "";

    /// <summary>The window that received the case.</summary>
    [Id(2)] public string WindowId { get; init; } = "";

    /// <summary>The window officer who accepted it; empty for a deemed acceptance (ALL 32) or one not yet reported.</summary>
    [Id(3)] public string Officer { get; init; } = "";

    /// <summary>How the item is handled.</summary>
    [Id(4)] public LicensingMode Mode { get; init; }

    /// <summary>Whether it is a major-project fast-track case (特事特办): figures of its own.</summary>
    [Id(5)] public bool FastTrack { get; init; }

    /// <summary>Where the case stands.</summary>
    [Id(6)] public CaseStatus Status { get; init; }

    /// <summary>When it was accepted (for a deemed acceptance, the receipt).</summary>
    [Id(7)] public DateTimeOffset? AcceptedAt { get; init; }

    /// <summary>When it was decided.</summary>
    [Id(8)] public DateTimeOffset? DecidedAt { get; init; }

    /// <summary>Immediate cases: decided on the day received (on-the-spot completion).</summary>
    [Id(9)] public bool? OnTheSpot { get; init; }

    /// <summary>Decided after its limit, or still undecided past it.</summary>
    [Id(10)] public bool Overdue { get; init; }

    /// <summary>Working days from acceptance to decision, the days the clock stood still not counted (ALL 45); null until decided.</summary>
    [Id(11)] public int? HandlingWorkingDays { get; init; }

    /// <summary>When it was received.</summary>
    [Id(12)] public DateTimeOffset ReceivedAt { get; init; }
}
