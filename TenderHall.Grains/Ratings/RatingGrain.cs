using TenderHall.Grains.Contracts.Accounts;
using TenderHall.Grains.Contracts.Hall;
using TenderHall.Grains.Contracts.Licensing;
using TenderHall.Grains.Contracts.Performance;
using TenderHall.Grains.Contracts.Ratings;
using TenderHall.Grains.Contracts.Registry;
using TenderHall.Grains.Contracts.Rules;
using TenderHall.Grains.Contracts.Supervision;
using TenderHall.Grains.Contracts.Tendering;
using TenderHall.Grains.Contracts.Time;
using TenderHall.Grains.Licensing.Cases;
using TenderHall.Grains.Storage;
using TenderHall.Grains.Storage.Schema;

namespace TenderHall.Grains.Ratings;

/// <summary>
/// One rating. Thin: checks who acts, asks <see cref="RatingRules"/>, writes, then tells the department's tally (what is
/// still to be told is written with the change and told again on activation) and watches the follow-up's limit.
/// </summary>
[GrainType("th-rating")]
public sealed class RatingGrain(
    [PersistentState("rating", StorageNames.Default)] IPersistentState<RatingState> state,
    IGrainFactory grains,
    CaseCalendar calendar,
    RatingPolicy policy,
    SupervisionAlarms alarms,
    PlatformClock clock) : Grain, IRatingGrain, IRemindable
{
    private const string LimitReminder = "follow-up-limit";

    private static readonly string[] DepartmentRoles = [Roles.WindowOfficer, Roles.ChiefRepresentative, Roles.DepartmentReviewer, Roles.DepartmentHead];

    private RatingView View => state.State.View ?? throw RuleViolationException.Of("REQ-NOT-FOUND");

    /// <inheritdoc />
    public override async Task OnActivateAsync(CancellationToken cancellationToken)
    {
        if (state.State.View is null) return;
        await Watch();
        if (state.State.Pending == TallyChange.None) return;
        try
        {
            await TellTally();
        }
        catch (Exception) when (!cancellationToken.IsCancellationRequested)
        {
            // Still pending in storage: the next activation tells it.
        }
    }

    /// <inheritdoc />
    public async Task<RatingView> RateCase(string caseNumber, RatingLevel level, string comment, Actor actor)
    {
        // A retry of the rating already stored (its answer lost) gets it again; anything else is a second rating.
        if (state.State.View is { } given)
            return given.Level == level && state.State.RatedBy == actor.UserName ? given : throw RuleViolationException.Of("RATING-ONCE", ("case", caseNumber));
        var @case = grains.GetGrain<ILicensingCaseGrain>(caseNumber);
        var view = await @case.Get() ?? throw RuleViolationException.Of("REQ-NOT-FOUND");
        // 国办发〔2019〕51号: the person served rates; an application's applicant is the user who filed it.
        if (actor.UserName != view.AppliedBy) throw RuleViolationException.Of("RATING-RATER", ("case", caseNumber));
        var now = clock.UtcNow;
        var rating = RatingRules.Rate(this.GetPrimaryKeyString(), view, level, comment, now, calendar.After(now, policy.RectificationWorkingDays));
        return await Given(rating, actor.UserName, await @case.ServedBy());
    }

    /// <inheritdoc />
    public async Task<RatingView> RateVisit(string windowId, DateOnly date, string ticket, string secret, RatingLevel level, string comment)
    {
        // 一次一评: whoever holds the ticket's rating code rates the visit; the code's hash stands for the rater.
        var rater = "visit:" + Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(System.Text.Encoding.UTF8.GetBytes(secret)));
        var visit = await grains.GetGrain<IWindowQueueGrain>(HallKeys.Queue(windowId, date)).Visit(ticket, secret);
        if (state.State.View is { } given)
            return given.Level == level && state.State.RatedBy == rater ? given : throw RuleViolationException.Of("RATING-VISIT-ONCE", ("ticket", visit.Code));
        var now = clock.UtcNow;
        return await Given(RatingRules.RateVisit(this.GetPrimaryKeyString(), visit, level, comment, now, calendar.After(now, policy.RectificationWorkingDays)), rater, visit.Officer ?? "");
    }

    private async Task<RatingView> Given(RatingView view, string ratedBy, string officer)
    {
        state.State.View = view;
        state.State.RatedBy = ratedBy;
        state.State.Officer = officer;
        state.State.Pending = TallyChange.Count;
        await state.WriteOrReloadAsync();
        await grains.GetGrain<IDirectoryIndexGrain>(RatingKeys.Departments).Add(View.DepartmentId);
        if (View.WindowId.Length > 0) await grains.GetGrain<IDirectoryIndexGrain>(RatingKeys.Windows).Add(View.WindowId);
        await TellTally();
        await Watch();
        return View;
    }

    /// <inheritdoc />
    public Task<RatingView> FollowUp(FollowUpStep step, string note, Actor actor)
    {
        RequireDepartment(actor);
        return Change(() => RatingRules.FollowUp(View, step, note, actor.UserName, clock.UtcNow));
    }

    /// <inheritdoc />
    public Task<RatingView> Appeal(string reason, Actor actor)
    {
        RequireDepartment(actor);
        return Change(() => RatingRules.Appeal(View, reason, clock.UtcNow));
    }

    /// <inheritdoc />
    public async Task<RatingView> DecideAppeal(bool upheld, string reason, Actor actor)
    {
        if (!actor.Is(Roles.CentreAdmin)) throw RuleViolationException.Of("AUTH-FORBIDDEN");
        await Change(() =>
        {
            RatingRules.Decide(View, upheld, reason);
            if (upheld) state.State.Pending = TallyChange.Exclude;
        });
        if (upheld) await TellTally();
        return View;
    }

    /// <inheritdoc />
    public async Task<RatingView> Get(Actor actor)
    {
        var view = View;
        var allowed = actor.UserName == state.State.RatedBy || actor.Is(Roles.CentreAdmin) || actor.Is(Roles.Supervisor)
                      || (DepartmentRoles.Any(actor.Is) && actor.OrganizationId == view.DepartmentId);
        if (!allowed) throw RuleViolationException.Of("AUTH-FORBIDDEN");
        await Watch();
        return view;
    }

    /// <inheritdoc />
    public Task ReceiveReminder(string reminderName, TickStatus status) => Watch();

    private async Task<RatingView> Change(Action change)
    {
        change();
        await state.WriteOrReloadAsync();
        await Watch();
        return View;
    }

    // The department's and the window's tallies, and the officer figures of the department's performance, learn of the
    // rating or of its exclusion; each is idempotent by rating id, so telling them twice is harmless.
    private async Task TellTally()
    {
        await grains.GetGrain<IPerformanceGrain>(View.DepartmentId).Rated(new RatingFact
        {
            RatingId = View.Id, Officer = state.State.Officer, WindowId = View.WindowId, Level = View.Level, RatedAt = View.RatedAt, Excluded = View.Excluded,
        });
        // The department's results, and the window's (国办发〔2019〕51号: results per window and department).
        string[] keys = View.WindowId.Length > 0 ? [View.DepartmentId, RatingKeys.WindowTally(View.WindowId)] : [View.DepartmentId];
        foreach (var tally in keys.Select(k => grains.GetGrain<IRatingTallyGrain>(k)))
        {
            await tally.Count(View.Id, View.Level);
            if (state.State.Pending == TallyChange.Exclude) await tally.Exclude(View.Id);
        }

        state.State.Pending = TallyChange.None;
    }

    // An open follow-up past its limit raises one supervision alarm; otherwise a reminder waits for the limit.
    private async Task Watch()
    {
        var view = View;
        var reminder = await this.GetReminder(LimitReminder);
        if (view.FollowUp is not { Closed: false } followUp)
        {
            if (reminder is not null) await this.UnregisterReminder(reminder);
            return;
        }

        if (RatingRules.IsOverdue(view, clock.UtcNow))
        {
            await alarms.Raise($"rating/{view.Id}/follow-up", AlarmSeverity.Alarm, "RATING-FOLLOW-UP", "department/" + view.DepartmentId,
                $"The bad rating {view.Id} of department {view.DepartmentId} was not followed up by {RuleValues.Beijing(followUp.Due)} (Beijing time).");
            if (reminder is not null) await this.UnregisterReminder(reminder);
            return;
        }

        if (reminder is null)
        {
            var delay = clock.RealDelayUntil(followUp.Due);
            await this.RegisterOrUpdateReminder(LimitReminder, delay < TimeSpan.FromMinutes(1) ? TimeSpan.FromMinutes(1) : delay, TimeSpan.FromHours(1));
        }
    }

    private void RequireDepartment(Actor actor)
    {
        if (!DepartmentRoles.Any(actor.Is) || actor.OrganizationId != View.DepartmentId) throw RuleViolationException.Of("AUTH-FORBIDDEN");
    }
}
