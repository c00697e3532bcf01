using TenderHall.Grains.Contracts.Registry;
using TenderHall.Grains.Contracts.Licensing;
using TenderHall.Grains.Contracts.Rules;
using TenderHall.Grains.Registry;
using TenderHall.Grains.Storage.Schema;

namespace TenderHall.Grains.Licensing;

/// <summary>One published licensing item.</summary>
[GrainType("th-licensing-item")]
public sealed class LicensingItemGrain(
    [PersistentState("licensing-item", StorageNames.Default)] IPersistentState<LicensingItemState> state,
    IGrainFactory grains) : Grain, ILicensingItemGrain
{
    /// <inheritdoc />
    public async Task<LicensingItem> Publish(LicensingItem item)
    {
        item.Code = this.GetPrimaryKeyString();
        LicensingItemRules.Validate(item);
        foreach (var department in item.CooperatingDepartmentIds.Prepend(item.DepartmentId))
        {
            var org = await grains.GetGrain<IOrganizationGrain>(department).Get();
            if (org is not { Kind: OrganizationKind.Department }) throw RuleViolationException.Of("DIR-NOT-FOUND", ("id", department));
        }

        state.State.Item = item;
        await state.WriteStateAsync();
        await grains.GetGrain<IDirectoryIndexGrain>(DirectoryIndexKeys.LicensingItems).Add(item.Code);
        return item;
    }

    /// <inheritdoc />
    public Task<LicensingItem?> Get() => Task.FromResult(state.State.Item);
}
