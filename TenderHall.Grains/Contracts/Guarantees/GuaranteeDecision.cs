namespace TenderHall.Grains.Contracts.Guarantees;

/// <summary>What the issuing institution says about a lodged letter.</summary>
public enum GuaranteeDecision
{
    /// <summary>It issued the letter as lodged.</summary>
    Verified = 1,

    /// <summary>It did not issue the letter as lodged.</summary>
    Rejected = 2,
}
