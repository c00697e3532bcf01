namespace TenderHall.Grains.Contracts.Transparency;

/// <summary>An event as it happened, kept in the private journal beside its public log leaf (BL 22, BLR 40).</summary>
[GenerateSerializer, Alias("th.PrivateLogEntry")]
public sealed class PrivateLogEntry
{
    /// <summary>Index of the public leaf.</summary>
    [Id(0)] public long Index { get; set; }

    /// <summary>Base64 salt of the leaf's commitment; null when the leaf shows the event itself.</summary>
    [Id(1)] public string? Salt { get; set; }

    /// <summary>The whole event, network address included.</summary>
    [Id(2)] public LogEvent Event { get; set; } = new();
}
