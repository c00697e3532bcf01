namespace TenderHall.Grains.Contracts.Gate;

/// <summary>What a downstream procedure presents at the gate: the project and its trade certificate, if any.</summary>
[GenerateSerializer, Alias("th.GateCheckRequest")]
public sealed class GateCheckRequest
{
    /// <summary>The largest certificate file the gate reads (a real one is a few KiB).</summary>
    public const int MaxCertificateLength = 64 * 1024;

    /// <summary>The national investment-project code the procedure is for.</summary>
    [Id(0)] public string ProjectCode { get; set; } = "";

    /// <summary>The trade certificate file (docs/trade-certificate.md), or null when none is presented.</summary>
    [Id(1)] public string? Certificate { get; set; }

    /// <summary>The licensing item asking, when the check comes from an application in the hall.</summary>
    [Id(2)] public string? ItemCode { get; set; }

    /// <summary>Where the check comes from: <see cref="GateChannels"/>.</summary>
    [Id(3)] public string Channel { get; set; } = GateChannels.Check;
}
