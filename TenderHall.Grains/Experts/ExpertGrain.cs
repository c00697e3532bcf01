using TenderHall.Grains.Contracts.Accounts;
using TenderHall.Grains.Contracts.Experts;
using TenderHall.Grains.Contracts.Registry;
using TenderHall.Grains.Contracts.Rules;
using TenderHall.Grains.Contracts.Tendering;
using TenderHall.Grains.Registry;
using TenderHall.Grains.Storage.Schema;
using TenderHall.Grains.Contracts.Time;

namespace TenderHall.Grains.Experts;

/// <summary>One expert of the expert database: profile, status with its history, ratings and appeals.</summary>
[GrainType("th-expert")]
public sealed partial class ExpertGrain(
    [PersistentState("expert", StorageNames.Default)] IPersistentState<ExpertState> state,
    IGrainFactory grains,
    ExpertPolicy policy,
    PlatformClock clock) : Grain, IExpertGrain, IRemindable
{
    private ExpertProfile Profile => state.State.Profile ?? throw RuleViolationException.Of("DIR-NOT-FOUND", ("id", this.GetPrimaryKeyString()));

    /// <inheritdoc />
    public async Task<ExpertProfile> Register(ExpertProfile profile)
    {
        profile.Id = this.GetPrimaryKeyString();
        ExpertEntryRules.Validate(profile);
        if (state.State.Profile is { } existing)
        {
            if (existing.Name == profile.Name && existing.EmployerCreditCode == profile.EmployerCreditCode) return existing;
            throw RuleViolationException.Of("DIR-EXISTS", ("id", profile.Id));
        }

        await Enter(profile);
        return profile;
    }

    /// <inheritdoc />
    public async Task<ExpertProfile> Upsert(ExpertProfile profile)
    {
        profile.Id = this.GetPrimaryKeyString();
        ExpertEntryRules.Validate(profile);
        if (state.State.Profile is not { } existing)
        {
            await Enter(profile);
            return profile;
        }

        var left = existing.Specialties.Except(profile.Specialties).ToList();
        (existing.Name, existing.Specialties, existing.Title, existing.TitleLevel, existing.YearsInField) =
            (profile.Name, profile.Specialties, profile.Title, profile.TitleLevel, profile.YearsInField);
        (existing.EmployerCreditCode, existing.EmployerName, existing.Region, existing.Mobile) =
            (profile.EmployerCreditCode, profile.EmployerName, profile.Region, profile.Mobile);
        (existing.PastEmployers, existing.Relationships) = (profile.PastEmployers, profile.Relationships);
        await Save(left);
        foreach (var specialty in left) await grains.GetGrain<IDirectoryIndexGrain>(DirectoryIndexKeys.ExpertsBySpecialty(specialty)).Remove(existing.Id);
        await Index(existing);
        return existing;
    }

    /// <inheritdoc />
    public Task<ExpertProfile?> Get() => Task.FromResult(state.State.Profile);

    /// <inheritdoc />
    public async Task<ExpertProfile> ChangeStatus(Actor actor, ExpertStatus status, string reason, DateTimeOffset? until)
    {
        Require(actor, Roles.CentreAdmin);
        var profile = Profile;
        if (profile.Status == ExpertStatus.StruckOff)
            throw RuleViolationException.Of("EXPERT-STATUS", ("id", profile.Id), ("detail", "an expert struck off stays struck off; enter them again"));
        if (until is { } end && (status != ExpertStatus.Suspended || end <= clock.UtcNow))
            throw RuleViolationException.Of("EXPERT-STATUS", ("id", profile.Id), ("detail", "only a suspension has an end, and it lies in the future"));
        SetStatus(profile, status, Reason(reason), actor.UserName, until);
        await Save();
        return profile;
    }

    /// <inheritdoc />
    public async Task<ExpertProfile> AddUnavailability(Actor actor, Unavailability period)
    {
        var profile = Profile;
        if (!actor.Is(Roles.CentreAdmin) && !(actor.Is(Roles.Expert) && actor.OrganizationId == profile.Id)) throw RuleViolationException.Of("AUTH-FORBIDDEN");
        if (period.To <= period.From) throw RuleViolationException.Of("REQ-FIELD", ("field", "to"), ("detail", "the period must end after it begins"));
        profile.Unavailable.Add(period with { Reason = Reason(period.Reason) });
        await Save();
        return profile;
    }

    /// <inheritdoc />
    public async Task<ExpertProfile> AddPenalty(Actor actor, string reason)
    {
        if (!actor.Is(Roles.CentreAdmin) && !actor.Is(Roles.Supervisor)) throw RuleViolationException.Of("AUTH-FORBIDDEN");
        Profile.Penalties.Add(new Penalty { At = clock.UtcNow, Reason = Reason(reason) });
        await Save();
        return Profile;
    }

    /// <inheritdoc />
    public async Task RecordDrawn(DrawnRecord record)
    {
        if (Profile.Draws.Any(d => d.TenderId == record.TenderId)) return;
        Profile.Draws.Add(record);
        await Save();
    }

    private async Task Enter(ExpertProfile profile)
    {
        profile.RegisteredAt = clock.UtcNow;
        profile.Status = ExpertStatus.Active;
        profile.StatusHistory = [new StatusChange { Status = ExpertStatus.Active, At = profile.RegisteredAt, Reason = "entered", By = "centre" }];
        (profile.Ratings, profile.Draws, profile.Appeals) = ([], [], []);
        state.State.Profile = profile;
        await Save();
        await grains.GetGrain<IDirectoryIndexGrain>(DirectoryIndexKeys.Experts).Add(profile.Id);
        await Index(profile);
    }

    // Stored first, with the pools still to learn of it, then every pool the expert is in or has just left learns of it
    // before the caller hears of success; a pool that could not be told is told later (ExpertGrain.PoolSync.cs).
    private async Task Save(IReadOnlyList<string>? left = null)
    {
        state.State.PoolsPending = [.. Profile.Specialties.Concat(left ?? []).Distinct(StringComparer.Ordinal)];
        await state.WriteStateAsync();
        await TellPools();
    }

    private async Task Index(ExpertProfile profile)
    {
        foreach (var specialty in profile.Specialties)
            await grains.GetGrain<IDirectoryIndexGrain>(DirectoryIndexKeys.ExpertsBySpecialty(specialty)).Add(profile.Id);
    }

    private void SetStatus(ExpertProfile profile, ExpertStatus status, string reason, string by, DateTimeOffset? until)
    {
        profile.Status = status;
        profile.StatusHistory.Add(new StatusChange { Status = status, At = clock.UtcNow, Reason = reason, By = by, Until = until });
    }

    private static void Require(Actor actor, string role)
    {
        if (!actor.Is(role)) throw RuleViolationException.Of("AUTH-FORBIDDEN");
    }

    private static string Reason(string? reason) =>
        string.IsNullOrWhiteSpace(reason) || reason.Length > 500
            ? throw RuleViolationException.Of("REQ-FIELD", ("field", "reason"), ("detail", "1-500 characters"))
            : reason.Trim();
}
