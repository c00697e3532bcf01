namespace TenderHall.Grains.Contracts.Guarantees;

/// <summary>A request to release a tender's guarantee letter.</summary>
[GenerateSerializer, Alias("th.GuaranteeReleaseRequest")]
public sealed class GuaranteeReleaseRequest
{
    /// <summary>Why.</summary>
    [Id(0)] public GuaranteeReleaseReason Reason { get; set; }

    /// <summary>When the event happened; required for withdrawal and contract signing.</summary>
    [Id(1)] public DateTimeOffset? EventAt { get; set; }

    /// <summary>Who releases it: a user name, or <c>system</c>.</summary>
    [Id(2)] public string By { get; set; } = "system";
}
