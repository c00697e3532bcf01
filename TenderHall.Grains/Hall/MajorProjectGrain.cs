using TenderHall.Grains.Contracts.Accounts;
using TenderHall.Grains.Contracts.Hall;
using TenderHall.Grains.Contracts.Projects;
using TenderHall.Grains.Contracts.Registry;
using TenderHall.Grains.Contracts.Rules;
using TenderHall.Grains.Contracts.Tendering;
using TenderHall.Grains.Contracts.Time;
using TenderHall.Grains.Storage;
using TenderHall.Grains.Storage.Schema;

namespace TenderHall.Grains.Hall;

/// <summary>The centre's major-project mark of one project (特事特办): its visitors and cases go to the fast-track lane.</summary>
[GrainType("th-major-project")]
public sealed class MajorProjectGrain(
    [PersistentState("major-project", StorageNames.Default)] IPersistentState<MajorProjectState> state,
    IGrainFactory grains,
    PlatformClock clock) : Grain, IMajorProjectGrain
{
    /// <inheritdoc />
    public async Task<MajorProject> Mark(bool major, string reason, Actor actor)
    {
        if (!actor.Is(Roles.CentreAdmin)) throw RuleViolationException.Of("AUTH-FORBIDDEN");
        // The centre's list names projects by their national code; anything else could never match a case or a ticket.
        InvestmentProjectCode.Validate(this.GetPrimaryKeyString(), "projectCode");
        var text = reason?.Trim() ?? "";
        if (text.Length is 0 or > 500) throw RuleViolationException.Of("REQ-FIELD", ("field", "reason"), ("detail", "1-500 characters"));
        state.State.Mark = new MajorProject
        {
            ProjectCode = this.GetPrimaryKeyString(), Major = major, Reason = text, ChangedAt = clock.UtcNow, ChangedBy = actor.UserName,
        };
        await state.WriteOrReloadAsync();
        await grains.GetGrain<IDirectoryIndexGrain>(HallKeys.MajorProjects).Add(this.GetPrimaryKeyString());
        return state.State.Mark;
    }

    /// <inheritdoc />
    public Task<bool> IsMajor() => Task.FromResult(state.State.Mark is { Major: true });

    /// <inheritdoc />
    public Task<MajorProject?> Get() => Task.FromResult(state.State.Mark);
}
