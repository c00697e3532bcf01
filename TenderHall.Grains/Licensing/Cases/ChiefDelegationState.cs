using TenderHall.Grains.Contracts.Licensing;

namespace TenderHall.Grains.Licensing.Cases;

/// <summary>Stored state of <see cref="ChiefDelegationGrain"/>.</summary>
public sealed class ChiefDelegationState
{
    /// <summary>The delegation in force; null until granted.</summary>
    public ChiefDelegation? Delegation { get; set; }
}
