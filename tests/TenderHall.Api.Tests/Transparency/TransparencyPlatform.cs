using TenderHall.Api.Tests.Platform;

namespace TenderHall.Api.Tests.Transparency;

/// <summary>The whole platform with checkpoints every 200 ms, so proof tests wait little.</summary>
public sealed class TransparencyPlatform : PlatformFactory
{
    /// <inheritdoc />
    protected override IEnumerable<(string Key, string Value)> Settings() =>
        [("TenderHall:Transparency:CheckpointInterval", "00:00:00.200")];
}
