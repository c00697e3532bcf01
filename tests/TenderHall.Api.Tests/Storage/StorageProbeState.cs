namespace TenderHall.Api.Tests.Storage;

/// <summary>Persistent state of <see cref="StorageProbeGrain"/>.</summary>
[GenerateSerializer]
[Alias("TenderHall.Api.Tests.Storage.StorageProbeState")]
public sealed class StorageProbeState
{
    /// <summary>The stored value.</summary>
    [Id(0)]
    public string? Value { get; set; }
}
