namespace TenderHall.Grains.Contracts.Gate;

/// <summary>What kind of project an application for a gated item is about (seed: government investment and procurement trade in the centre).</summary>
public enum ProjectKind
{
    /// <summary>Neither government investment nor government procurement: the gate does not apply.</summary>
    Other = 1,

    /// <summary>A government-investment construction project (建筑法 Art 8, BLR Art 7).</summary>
    GovernmentInvestment = 2,

    /// <summary>A government procurement (GPL).</summary>
    GovernmentProcurement = 3,
}
