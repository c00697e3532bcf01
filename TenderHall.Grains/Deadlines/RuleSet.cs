namespace TenderHall.Grains.Deadlines;

/// <summary>The body of law a tender runs under.</summary>
public enum RuleSet
{
    /// <summary>Engineering tendering: 招标投标法 (BL) and its Regulation (BLR).</summary>
    Engineering,

    /// <summary>Government procurement: 政府采购法 (GPL), its Regulation (GPR) and MoF Order 87.</summary>
    GovernmentProcurement,
}
