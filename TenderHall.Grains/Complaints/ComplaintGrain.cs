using Orleans.Runtime;
using TenderHall.Grains.Contracts.Award;
using TenderHall.Grains.Contracts.Complaints;
using TenderHall.Grains.Contracts.Notifications;
using TenderHall.Grains.Contracts.Projects;
using TenderHall.Grains.Contracts.Registry;
using TenderHall.Grains.Contracts.Rules;
using TenderHall.Grains.Contracts.Tendering;
using TenderHall.Grains.Contracts.Time;
using TenderHall.Grains.Storage;
using TenderHall.Grains.Storage.Schema;
using TenderHall.Grains.Tendering;

namespace TenderHall.Grains.Complaints;

/// <summary>
/// One complaint. Thin: loads its case, asks <see cref="ComplaintCase"/>, writes once, then tells the tender, the complainant
/// and supervision; a reminder (durable) and a timer (precise) watch its acceptance and decision clocks.
/// </summary>
[GrainType("th-complaint")]
public sealed class ComplaintGrain(
    [PersistentState("complaint", StorageNames.Default)] IPersistentState<ComplaintState> state,
    TenderServices services,
    PlatformClock clock) : Grain, IComplaintGrain, IRemindable
{
    private const string ClockReminder = "clock";
    private IGrainTimer? precisionTimer;

    private ComplaintView View => state.State.View;

    /// <inheritdoc />
    public async Task<ComplaintView> File(ComplaintFiling filing, Actor actor)
    {
        if (string.IsNullOrWhiteSpace(filing.TenderId)) throw RuleViolationException.Of("REQ-FIELD", ("field", "tenderId"), ("detail", "required"));
        foreach (var evidence in filing.Evidence) await services.Document(evidence, "evidence");
        var tender = await services.Grains.GetGrain<ITenderGrain>(filing.TenderId).Get() ?? throw RuleViolationException.Of("TENDER-NOT-FOUND", ("id", filing.TenderId));
        DateTimeOffset? challengeDue = null;
        if (tender.Regime == LegalRegime.GovernmentProcurement && filing.ChallengeId is { } challenge)
            challengeDue = (await services.Grains.GetGrain<ITenderGrain>(filing.TenderId).Objections(actor)).FirstOrDefault(o => o.Id == challenge)?.AnswerDue;
        filing.Evidence = [.. filing.Evidence.Select(e => e.ToLowerInvariant())];
        return await Run(c => c.File(this.GetPrimaryKeyString(), filing, actor, tender.Regime, challengeDue, clock.UtcNow),
            $"投诉 {this.GetPrimaryKeyString()} 已收到。", $"Complaint {this.GetPrimaryKeyString()} was received.");
    }

    /// <inheritdoc />
    public Task<ComplaintView> Get(Actor actor)
    {
        Case().RequireReader(actor);
        return Task.FromResult(View);
    }

    /// <inheritdoc />
    public Task<ComplaintView> Review(bool accept, string note, Actor actor) =>
        Run(c => c.Review(accept, note, actor, clock.UtcNow),
            accept ? $"投诉 {View.Id} 已受理。" : $"投诉 {View.Id} 不予受理：{note}", accept ? $"Complaint {View.Id} was accepted." : $"Complaint {View.Id} was not accepted: {note}");

    /// <inheritdoc />
    public async Task<ComplaintView> SuspendTender(string note, Actor actor)
    {
        Case().RequireSuspendable(actor, note);
        if (state.State.Suspension is null)
        {
            var tender = await services.Grains.GetGrain<ITenderGrain>(View.Filing.TenderId).Get() ?? throw RuleViolationException.Of("TENDER-NOT-FOUND", ("id", View.Filing.TenderId));
            // Ordered again while the tender is paused for this complaint (a retry after the answer was lost): it is done.
            if (Tender.SuspendedFor(tender, View.Id)) return View;
            if (!TenderLifecycle.Allows(tender.Status, TenderTrigger.Suspend))
                throw RuleViolationException.Of("TENDER-STATE", ("id", tender.Id), ("status", tender.Status), ("action", "suspend"));
            // BLR 62: the order is durable before the tender pauses, so a failed write never leaves a pause the complaint does not know.
            await Write(c => state.State.Suspension = new ComplaintSuspension { Note = c.SuspendTender(actor, note), By = actor });
        }

        await CarryOutSuspension();
        return await Announce($"投诉 {View.Id}：招标项目已暂停。", $"Complaint {View.Id}: the tender is suspended.");
    }

    /// <inheritdoc />
    public async Task<ComplaintView> Decide(ComplaintOutcome outcome, string note, Actor actor)
    {
        Case().RequireDecidable(outcome, note, actor);
        // An order still written is carried out first, so the decision ends that pause rather than one coming after it.
        await CarryOutPendingSuspension();
        // The tender moves first; it refuses a move its state does not allow, and then the complaint stays undecided.
        await services.Grains.GetGrain<ITenderAwardGrain>(View.Filing.TenderId).ApplyComplaintDecision(View.Id, outcome, actor);
        return await Run(c => c.Decide(outcome, note, actor, clock.UtcNow), $"投诉 {View.Id} 已作出处理决定：{outcome}。", $"Complaint {View.Id} was decided: {outcome}.");
    }

    /// <inheritdoc />
    public async Task ReceiveReminder(string reminderName, TickStatus status) => await Tick();

    /// <inheritdoc />
    public override async Task OnActivateAsync(CancellationToken cancellationToken)
    {
        if (View.FiledAt == default) return;
        // An activation that died between writing a suspension order and clearing it carries it out now.
        await CarryOutPendingSuspension();
        await Tick();
    }

    private ComplaintCase Case() => new(View, state.State.Alarms, services.Deadlines);

    private async Task Tick()
    {
        var complaint = Case();
        complaint.Advance(clock.UtcNow);
        if (complaint.Alarms.Count > 0) await state.WriteStateAsync();
        foreach (var alarm in complaint.Alarms) await services.Alarms.Raise(alarm.Id, alarm.Severity, alarm.Code, alarm.Subject, alarm.Message);
        await Schedule(complaint.NextDue());
    }

    private async Task<ComplaintView> Run(Action<ComplaintCase> command, string zh, string en)
    {
        await Write(command);
        return await Announce(zh, en);
    }

    /// <summary>Runs a command and writes it; a refused command or a failed write leaves the state as stored.</summary>
    private async Task Write(Action<ComplaintCase> command)
    {
        try
        {
            command(Case());
        }
        catch
        {
            await state.ReadStateAsync();
            throw;
        }

        await state.WriteOrReloadAsync();
    }

    // The tender pauses once per complaint however often this runs; a tender that can no longer pause withdraws the order.
    private async Task CarryOutSuspension()
    {
        if (state.State.Suspension is not { } order) return;
        try
        {
            await services.Grains.GetGrain<ITenderGrain>(View.Filing.TenderId).SuspendFor(View.Id, order.Note, order.By);
        }
        catch (RuleViolationException)
        {
            View.TenderSuspended = false;
            state.State.Suspension = null;
            await state.WriteOrReloadAsync();
            throw;
        }

        state.State.Suspension = null;
        await state.WriteOrReloadAsync();
    }

    private async Task CarryOutPendingSuspension()
    {
        try
        {
            await CarryOutSuspension();
        }
        catch (RuleViolationException)
        {
            // The tender moved on meanwhile and refused: the order was withdrawn and nothing is paused.
        }
    }

    private async Task<ComplaintView> Announce(string zh, string en)
    {
        await Index();
        var notification = new Notification
        {
            Id = $"complaint/{View.Id}/{View.Status}/{(View.TenderSuspended ? "suspended" : "running")}", Subject = "complaint/" + View.Id, Type = "complaint." + View.Status.ToString().ToLowerInvariant(),
            TextZh = zh, TextEn = en, At = clock.UtcNow,
        };
        await services.Grains.GetGrain<IInboxGrain>(View.ComplainantId).Deliver(notification);
        await Tick();
        return View;
    }

    // After the case is durable: listed for its complainant, and in supervision's queue while it is open.
    private async Task Index()
    {
        await services.Grains.GetGrain<IDirectoryIndexGrain>(ComplaintIndexKeys.Complainant(View.ComplainantId)).Add(View.Id);
        var open = services.Grains.GetGrain<IDirectoryIndexGrain>(ComplaintIndexKeys.Open);
        await (View.Status is ComplaintStatus.Filed or ComplaintStatus.Accepted ? open.Add(View.Id) : open.Remove(View.Id));
    }

    private async Task Schedule(DateTimeOffset? due)
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
