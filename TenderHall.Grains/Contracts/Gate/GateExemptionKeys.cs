namespace TenderHall.Grains.Contracts.Gate;

/// <summary>Keys of the gate's exemptions.</summary>
public static class GateExemptionKeys
{
    /// <summary>The directory index of every exempted project, for the public list.</summary>
    public const string Index = "gate:exemptions";
}
