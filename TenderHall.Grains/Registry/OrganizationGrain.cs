using TenderHall.Grains.Contracts.Registry;
using TenderHall.Grains.Contracts.Rules;
using TenderHall.Grains.Contracts.Time;
using TenderHall.Grains.Storage.Schema;

namespace TenderHall.Grains.Registry;

/// <summary>One registered organisation.</summary>
[GrainType("th-organization")]
public sealed class OrganizationGrain(
    [PersistentState("organization", StorageNames.Default)] IPersistentState<OrganizationState> state,
    IGrainFactory grains,
    PlatformClock clock) : Grain, IOrganizationGrain
{
    /// <inheritdoc />
    public async Task<OrganizationProfile> Register(OrganizationProfile profile)
    {
        profile.Id = this.GetPrimaryKeyString();
        OrganizationRules.Validate(profile);
        if (state.State.Profile is { } existing)
        {
            // A retried registration with the same details is not an error; different details are.
            if (existing.Kind == profile.Kind && existing.CreditCode == profile.CreditCode && existing.NameZh == profile.NameZh)
                return existing;
            throw RuleViolationException.Of("DIR-EXISTS", ("id", profile.Id));
        }

        var now = clock.UtcNow;
        profile.RegisteredAt = now;
        foreach (var key in profile.Keys) key.RegisteredAt = now;
        state.State.Profile = profile;
        await state.WriteStateAsync();
        await grains.GetGrain<IDirectoryIndexGrain>(DirectoryIndexKeys.Organizations(profile.Kind)).Add(profile.Id);
        return profile;
    }

    /// <inheritdoc />
    public Task<OrganizationProfile?> Get() => Task.FromResult(state.State.Profile);

    /// <inheritdoc />
    public async Task<OrganizationProfile> AddKey(PublicKeyRecord key)
    {
        var profile = state.State.Profile ?? throw RuleViolationException.Of("DIR-NOT-FOUND", ("id", this.GetPrimaryKeyString()));
        OrganizationRules.ValidateKey(key);
        if (profile.Keys.Any(k => k.KeyId == key.KeyId)) return profile;
        var now = clock.UtcNow;
        // Rotation keeps the old key so signatures made with it still verify (issue: key rotation).
        foreach (var current in profile.Keys.Where(k => k.Use == key.Use && k.RetiredAt is null)) current.RetiredAt = now;
        key.RegisteredAt = now;
        key.RetiredAt = null;
        profile.Keys.Add(key);
        await state.WriteStateAsync();
        return profile;
    }
}
