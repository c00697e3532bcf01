using TenderHall.Grains.Contracts.Tendering;

namespace TenderHall.Grains.Contracts.Licensing;

/// <summary>A chief representative's delegation (key: <c>{departmentId}/{userName}</c>).</summary>
public interface IChiefDelegationGrain : IGrainWithStringKey
{
    /// <summary>The department's head grants or replaces the delegation.</summary>
    Task<ChiefDelegation> Grant(ChiefDelegation delegation, Actor actor);

    /// <summary>The delegation, or null.</summary>
    [Orleans.Concurrency.ReadOnly]
    Task<ChiefDelegation?> Get();
}
