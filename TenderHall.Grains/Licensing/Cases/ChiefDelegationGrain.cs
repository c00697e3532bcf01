using TenderHall.Grains.Contracts.Accounts;
using TenderHall.Grains.Contracts.Licensing;
using TenderHall.Grains.Contracts.Rules;
using TenderHall.Grains.Contracts.Tendering;
using TenderHall.Grains.Storage.Schema;

namespace TenderHall.Grains.Licensing.Cases;

/// <summary>A chief representative's delegation, granted by the head of the department (key: <c>{departmentId}/{userName}</c>).</summary>
[GrainType("th-chief-delegation")]
public sealed class ChiefDelegationGrain(
    [PersistentState("chief-delegation", StorageNames.Default)] IPersistentState<ChiefDelegationState> state) : Grain, IChiefDelegationGrain
{
    /// <inheritdoc />
    public async Task<ChiefDelegation> Grant(ChiefDelegation delegation, Actor actor)
    {
        var key = this.GetPrimaryKeyString();
        var slash = key.IndexOf('/', StringComparison.Ordinal);
        delegation.DepartmentId = key[..slash];
        delegation.ChiefUserName = key[(slash + 1)..];
        if (!actor.Is(Roles.DepartmentHead) || actor.OrganizationId != delegation.DepartmentId)
            throw RuleViolationException.Of("LIC-CASE-DEPARTMENT", ("case", key), ("department", delegation.DepartmentId));
        DelegationRules.Validate(delegation);
        delegation.GrantedBy = actor.UserName;
        state.State.Delegation = delegation;
        await state.WriteStateAsync();
        return delegation;
    }

    /// <inheritdoc />
    public Task<ChiefDelegation?> Get() => Task.FromResult(state.State.Delegation);
}
