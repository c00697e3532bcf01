namespace TenderHall.Grains.Contracts.Experts;

/// <summary>What a declared relationship is (评标委员会和评标方法暂行规定 Art 12).</summary>
public enum RelationshipKind
{
    /// <summary>A near relative works for the organisation.</summary>
    RelativeEmployer,

    /// <summary>An economic interest in the organisation (shares, contracts, advisory work).</summary>
    EconomicInterest,
}
