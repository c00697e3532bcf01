using TenderHall.Grains.Contracts.Gate;

namespace TenderHall.Grains.Gate;

/// <summary>Stored state of <see cref="GateExemptionGrain"/> (System.Text.Json).</summary>
public sealed class GateExemptionState
{
    /// <summary>The exemption; null until approved.</summary>
    public GateExemption? Exemption { get; set; }

    /// <summary>The provincial official who approved it (kept out of the public list and the log).</summary>
    public string ApprovedBy { get; set; } = "";
}
