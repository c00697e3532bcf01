using TenderHall.Grains.Contracts.Registry;
using TenderHall.Grains.Contracts.Rules;
using TenderHall.Grains.Contracts.Time;
using TenderHall.Grains.Storage.Schema;

namespace TenderHall.Grains.Registry;

/// <summary>One expert of the expert database.</summary>
[GrainType("th-expert")]
public sealed class ExpertGrain(
    [PersistentState("expert", StorageNames.Default)] IPersistentState<ExpertState> state,
    IGrainFactory grains,
    PlatformClock clock) : Grain, IExpertGrain
{
    /// <inheritdoc />
    public async Task<ExpertProfile> Register(ExpertProfile profile)
    {
        profile.Id = this.GetPrimaryKeyString();
        Validate(profile);
        if (state.State.Profile is { } existing)
        {
            if (existing.Name == profile.Name && existing.EmployerCreditCode == profile.EmployerCreditCode) return existing;
            throw RuleViolationException.Of("DIR-EXISTS", ("id", profile.Id));
        }

        profile.RegisteredAt = clock.UtcNow;
        state.State.Profile = profile;
        await state.WriteStateAsync();
        await grains.GetGrain<IDirectoryIndexGrain>(DirectoryIndexKeys.Experts).Add(profile.Id);
        foreach (var specialty in profile.Specialties)
            await grains.GetGrain<IDirectoryIndexGrain>(DirectoryIndexKeys.ExpertsBySpecialty(specialty)).Add(profile.Id);
        return profile;
    }

    /// <inheritdoc />
    public Task<ExpertProfile?> Get() => Task.FromResult(state.State.Profile);

    private static void Validate(ExpertProfile profile)
    {
        if (string.IsNullOrWhiteSpace(profile.Name) || profile.Name.Length > 100)
            throw RuleViolationException.Of("DIR-EXPERT", ("detail", "name must have 1-100 characters"));
        if (profile.Specialties.Count == 0 || profile.Specialties.Any(s => !Specialties.IsKnown(s)))
            throw RuleViolationException.Of("DIR-EXPERT", ("detail", "specialties must be known specialty codes: " + string.Join(", ", Specialties.All.Keys)));
        CreditCode.Validate(profile.EmployerCreditCode);
        profile.Specialties = [.. profile.Specialties.Distinct().Order(StringComparer.Ordinal)];
    }
}
