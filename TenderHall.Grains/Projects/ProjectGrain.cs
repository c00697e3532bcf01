using TenderHall.Grains.Contracts.Projects;
using TenderHall.Grains.Contracts.Registry;
using TenderHall.Grains.Contracts.Rules;
using TenderHall.Grains.Contracts.Time;
using TenderHall.Grains.Registry;
using TenderHall.Grains.Storage.Schema;

namespace TenderHall.Grains.Projects;

/// <summary>A registered project.</summary>
[GrainType("th-project")]
public sealed class ProjectGrain(
    [PersistentState("project", StorageNames.Default)] IPersistentState<ProjectState> state,
    IGrainFactory grains,
    MustTenderThresholds thresholds,
    PlatformClock clock) : Grain, IProjectGrain
{
    /// <inheritdoc />
    public async Task<ProjectRegistration> Register(ProjectRegistration registration)
    {
        registration.Code = this.GetPrimaryKeyString();
        ProjectRules.Validate(registration);
        if (state.State.Project is { } existing)
        {
            if (existing.Name == registration.Name && existing.AgencyId == registration.AgencyId) return existing;
            throw RuleViolationException.Of("DIR-EXISTS", ("id", registration.Code));
        }

        var agency = await grains.GetGrain<IOrganizationGrain>(registration.AgencyId).Get();
        if (agency is not { Kind: OrganizationKind.Agency }) throw RuleViolationException.Of("DIR-NOT-FOUND", ("id", registration.AgencyId));
        registration.MustTender = thresholds.MustTender(registration.Type, registration.EstimatedValueFen);
        registration.RegisteredAt = clock.UtcNow;
        state.State.Project = registration;
        await state.WriteStateAsync();
        await grains.GetGrain<IDirectoryIndexGrain>(DirectoryIndexKeys.Projects).Add(registration.Code);
        return registration;
    }

    /// <inheritdoc />
    public Task<ProjectRegistration?> Get() => Task.FromResult(state.State.Project);

    /// <inheritdoc />
    public async Task AddTender(string tenderId)
    {
        if (state.State.Tenders.Contains(tenderId)) return;
        state.State.Tenders.Add(tenderId);
        await state.WriteStateAsync();
    }

    /// <inheritdoc />
    public Task<IReadOnlyList<string>> Tenders() => Task.FromResult<IReadOnlyList<string>>(state.State.Tenders);
}
