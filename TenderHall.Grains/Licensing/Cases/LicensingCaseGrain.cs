using TenderHall.Grains.Contracts.Licensing;
using TenderHall.Grains.Contracts.Rules;
using TenderHall.Grains.Contracts.Tendering;
using TenderHall.Grains.Contracts.Time;
using TenderHall.Grains.Storage;
using TenderHall.Grains.Storage.Schema;

namespace TenderHall.Grains.Licensing.Cases;

/// <summary>One licensing case. Thin: loads its state, asks <see cref="LicensingCase"/>, writes once, delivers, schedules the next clock.</summary>
[GrainType("th-licensing-case")]
public sealed class LicensingCaseGrain(
    [PersistentState("licensing-case", StorageNames.Default)] IPersistentState<LicensingCaseState> state,
    CaseServices services,
    Performance.PerformanceFeed performance,
    PlatformClock clock) : Grain, ILicensingCaseGrain, IRemindable
{
    private const string ClockReminder = "clock";
    private IGrainTimer? precisionTimer;

    private string Number => this.GetPrimaryKeyString();

    /// <inheritdoc />
    public override Task OnActivateAsync(CancellationToken cancellationToken) => Tick();

    /// <inheritdoc />
    public async Task<CaseView> Apply(CaseApplication application, Actor actor)
    {
        if (state.State.Item is not null) throw RuleViolationException.Of("LIC-CASE-EXISTS", ("id", Number));
        var item = await services.Item(application.ItemCode);
        LicensingCase.RequireProjectCode(application, item);
        await services.RequireUploaded(application.Materials);
        var gate = await services.Gate(application, item, actor);
        return await Run((c, now) => c.Apply(application, item, gate, actor, now));
    }

    /// <inheritdoc />
    public Task<CaseView> Accept(Actor actor) => Run((c, now) => c.Accept(actor, now), actor);

    /// <inheritdoc />
    public Task<CaseView> NotifyMissing(IReadOnlyList<string> missing, Actor actor) => Run((c, now) => c.NotifyMissing(missing, actor, now));

    /// <inheritdoc />
    public async Task<CaseView> Supplement(IReadOnlyList<CaseMaterial> materials, Actor actor)
    {
        await services.RequireUploaded(materials);
        return await Run((c, now) => c.Supplement(materials, actor, now));
    }

    /// <inheritdoc />
    public Task<CaseView> RefuseOutsidePowers(string reason, Actor actor) => Run((c, now) => c.RefuseOutsidePowers(reason, actor, now));

    /// <inheritdoc />
    public Task<CaseView> Review(string opinion, Actor actor) => Run((c, now) => c.Review(opinion, actor, now));

    /// <inheritdoc />
    public Task<CaseView> StopClock(string reason, Actor actor) => Run((c, now) => c.StopClock(reason, actor, now));

    /// <inheritdoc />
    public Task<CaseView> RestartClock(Actor actor) => Run((c, now) => c.RestartClock(actor, now));

    /// <inheritdoc />
    public async Task<CaseView> Extend(string reason, Actor actor)
    {
        var delegation = await Delegation(actor);
        return await Run((c, now) => c.Extend(reason, delegation, actor, now));
    }

    /// <inheritdoc />
    public async Task<CaseView> Decide(bool grant, string reason, Actor actor)
    {
        var delegation = await Delegation(actor);
        return await Run((c, now) => c.Decide(grant, reason, delegation, actor, now));
    }

    /// <inheritdoc />
    public async Task<CaseView> DecideSubCase(string departmentId, bool grant, string opinion, Actor actor)
    {
        var delegation = await services.Delegation(departmentId, actor.UserName);
        return await Run((c, now) => c.DecideSubCase(departmentId, grant, opinion, delegation, actor, now));
    }

    /// <inheritdoc />
    public Task<CaseView> Coordinate(string departmentId, string minutes, Actor actor) => Run((c, now) => c.Coordinate(departmentId, minutes, actor, now));

    /// <inheritdoc />
    public Task<CaseView> IssueCertificate(Actor actor) => Run((c, now) => c.IssueCertificate(actor, now));

    /// <inheritdoc />
    public Task<CaseView?> Get() => Task.FromResult(state.State.Item is null ? null : Aggregate().ToView(clock.UtcNow));

    /// <inheritdoc />
    public Task<CaseProgress?> Progress() => Task.FromResult(state.State.Item is null ? null : Aggregate().ToProgress());

    /// <inheritdoc />
    public Task<string> ServedBy() => Task.FromResult(state.State.Item is null ? "" : Aggregate().ServedBy);

    /// <inheritdoc />
    public Task ReceiveReminder(string reminderName, TickStatus status) => Tick();

    private LicensingCase Aggregate() => new(Number, state.State, services.Calendar);

    private async Task<ChiefDelegation?> Delegation(Actor actor) =>
        state.State.Item is { } item ? await services.Delegation(item.DepartmentId, actor.UserName) : null;

    private async Task Tick()
    {
        if (state.State.Item is null) return;
        await DeliverOutbox();
        var before = state.State.Steps.Count;
        var aggregate = Aggregate();
        aggregate.Advance(clock.UtcNow);
        if (aggregate.Effects.Any || state.State.Steps.Count != before) await Commit(aggregate);
        else await performance.Report(Number, state.State, null); // a report lost after an earlier write is made again
        await ScheduleNext(aggregate.NextDue());
    }

    /// <summary>Runs a command after the timed transitions; a refused command leaves no trace because the state is re-read.</summary>
    private async Task<CaseView> Run(Action<LicensingCase, DateTimeOffset> command, Actor? actor = null)
    {
        // What an earlier step stored but could not deliver goes out before this step is even tried.
        await DeliverOutbox();
        var aggregate = Aggregate();
        var now = clock.UtcNow;
        try
        {
            if (state.State.Item is not null) aggregate.Advance(now);
            command(aggregate, now);
        }
        catch
        {
            await state.ReadStateAsync();
            throw;
        }

        await Commit(aggregate, actor);
        await ScheduleNext(aggregate.NextDue());
        return aggregate.ToView(now);
    }

    // The promise (receipt, notice, decision) is made only once the state is durable, with its notices stored in the same
    // write; then they go out.
    private async Task Commit(LicensingCase aggregate, Actor? actor = null)
    {
        state.State.Outbox.Add(aggregate.Effects);
        // A failed write leaves the stored state in memory, so nothing of this step goes out from the outbox later.
        await state.WriteOrReloadAsync();
        await DeliverOutbox();
        await performance.Report(Number, state.State, actor);
    }

    // Delivered, the outbox empties in memory and storage learns it with the next write; until then a new activation, or a
    // refused step's re-read, delivers the same effects again, which their ids make harmless.
    private async Task DeliverOutbox()
    {
        if (state.State.Outbox.IsEmpty()) return;
        await services.Deliver(state.State.Outbox);
        state.State.Outbox = new();
    }

    // A reminder survives silo restarts; a timer fires at the exact instant. Either tick is harmless twice.
    private async Task ScheduleNext(DateTimeOffset? due)
    {
        precisionTimer?.Dispose();
        precisionTimer = null;
        if (due is null)
        {
            if (await this.GetReminder(ClockReminder) is { } reminder) await this.UnregisterReminder(reminder);
            return;
        }

        var delay = clock.RealDelayUntil(due.Value);
        await this.RegisterOrUpdateReminder(ClockReminder, delay < TimeSpan.FromSeconds(1) ? TimeSpan.FromSeconds(1) : delay, TimeSpan.FromMinutes(1));
        precisionTimer = this.RegisterGrainTimer(Tick, new GrainTimerCreationOptions(delay, Timeout.InfiniteTimeSpan) { Interleave = false });
    }
}
