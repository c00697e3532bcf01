namespace TenderHall.Grains.Contracts.Gate;

/// <summary>Where a gate check comes from, as the transparency log records it.</summary>
public static class GateChannels
{
    /// <summary>A direct call of <c>POST /api/v1/gate/check</c> (another system or the Portal's check page).</summary>
    public const string Check = "check";

    /// <summary>A licensing application for an item that needs the trade certificate.</summary>
    public const string Application = "licensing-application";
}
