namespace TenderHall.Grains.Contracts.Guarantees;

/// <summary>The release of a guarantee letter.</summary>
[GenerateSerializer, Alias("th.GuaranteeRelease")]
public sealed class GuaranteeRelease
{
    /// <summary>Why.</summary>
    [Id(0)] public GuaranteeReleaseReason Reason { get; set; }

    /// <summary>When the event happened (withdrawal notice, contract signing); null for termination and failure.</summary>
    [Id(1)] public DateTimeOffset? EventAt { get; set; }

    /// <summary>When the platform released it.</summary>
    [Id(2)] public DateTimeOffset ReleasedAt { get; set; }

    /// <summary>Who released it: a user name, or <c>system</c>.</summary>
    [Id(3)] public string By { get; set; } = "";
}
