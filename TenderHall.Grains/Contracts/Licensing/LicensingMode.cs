namespace TenderHall.Grains.Contracts.Licensing;

/// <summary>How a licensing item is handled in the hall (seed: 即办件、承诺件、联办件、综合窗口).</summary>
public enum LicensingMode
{
    /// <summary>即办件: decided on the spot when the materials are complete and lawful (ALL 34).</summary>
    Immediate = 1,

    /// <summary>承诺件: decided within a promised number of days after acceptance (ALL 42: ≤ 20, +10 with approval).</summary>
    Committed = 2,

    /// <summary>联办件: several departments in parallel, the first window answers for the case (ALL 26, 42: ≤ 45 days).</summary>
    Joint = 3,

    /// <summary>综合窗口: one window receives for several departments and forwards (ALL 26).</summary>
    CompositeWindow = 4,
}
