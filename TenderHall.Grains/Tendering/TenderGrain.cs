using Microsoft.Extensions.Logging;
using Orleans.Runtime;
using TenderHall.Grains.Contracts.Tendering;
using TenderHall.Grains.Contracts.Time;
using TenderHall.Grains.Storage.Schema;

namespace TenderHall.Grains.Tendering;

/// <summary>
/// One tender. Thin: loads its state, asks <see cref="Tender"/>, writes once, then drains the event outbox into the
/// transparency log and the supervision stream, delivers notifications, and schedules the next timed transition.
/// </summary>
[GrainType("th-tender")]
public sealed partial class TenderGrain(
    [PersistentState("tender", StorageNames.Default)] IPersistentState<TenderState> state,
    TenderServices services,
    PlatformClock clock,
    ILogger<TenderGrain> logger) : Grain, ITenderGrain, IRemindable
{
    private const string DeadlineReminder = "deadline";
    private IGrainTimer? precisionTimer;

    private string TenderId => this.GetPrimaryKeyString();

    /// <inheritdoc />
    public override async Task OnActivateAsync(CancellationToken cancellationToken)
    {
        // An activation that died between writing its state and publishing its events finishes the job now.
        await DrainOutbox(mayBeLogged: true);
        await RevealDraw();
        await Tick();
        // The one-way start may have been lost with an activation that died after passing the deadline: tell it again.
        if (state.State.Status == TenderStatus.BidDeadlinePassed) await services.StartOpening(TenderId);
    }

    /// <inheritdoc />
    public Task<TenderView?> Get() => Task.FromResult(state.State.Registration is null ? null : Aggregate().ToView());

    /// <inheritdoc />
    public Task RequireSaleOpen()
    {
        Aggregate().RequireSaleOpen(clock.UtcNow);
        return Task.CompletedTask;
    }

    /// <inheritdoc />
    public async Task ReceiveReminder(string reminderName, TickStatus status) => await Tick();

    private Tender Aggregate() => new(TenderId, state.State, services.Deadlines);

    private async Task Tick()
    {
        if (state.State.Registration is null) return;
        await Run((tender, now) => { tender.Advance(now); return true; }, onlyIfChanged: true);
    }

    /// <summary>Runs a command; a refused command leaves no trace because the state is re-read.</summary>
    private async Task<T> Run<T>(Func<Tender, DateTimeOffset, T> command, bool onlyIfChanged = false)
    {
        var tender = Aggregate();
        var eventsBefore = state.State.PendingEvents.Count;
        T result;
        try
        {
            // Timed transitions first, so a command is judged against the tender as it stands at this instant.
            var now = clock.UtcNow;
            tender.Advance(now);
            result = command(tender, now);
        }
        catch
        {
            await state.ReadStateAsync();
            throw;
        }

        var changed = state.State.PendingEvents.Count != eventsBefore || tender.Effects.Alarms.Count > 0 || tender.Effects.Notifications.Count > 0;
        if (changed || !onlyIfChanged)
        {
            await state.WriteStateAsync();
            await services.Deliver(tender.Effects);
            await DrainOutbox(mayBeLogged: false);
            await RevealDraw();
            if (tender.Effects.DeadlinePassed) await services.StartOpening(TenderId);
        }

        await ScheduleNext(tender.NextDue());
        return result;
    }

    private async Task DrainOutbox(bool mayBeLogged)
    {
        if (state.State.PendingEvents.Count == 0) return;
        await services.Publish(TenderId, state.State.PendingEvents, this.GetStreamProvider(StorageNames.Streams), mayBeLogged);
        state.State.LogIndexes.AddRange(state.State.PendingEvents.Select(e => long.Parse(e.Data["logIndex"], System.Globalization.CultureInfo.InvariantCulture)));
        state.State.PendingEvents.Clear();
        await state.WriteStateAsync();
    }

    // A reminder survives silo restarts; a timer fires at the exact instant. Either tick is harmless twice.
    private async Task ScheduleNext(DateTimeOffset? due)
    {
        precisionTimer?.Dispose();
        precisionTimer = null;
        if (due is null)
        {
            if (await this.GetReminder(DeadlineReminder) is { } reminder) await this.UnregisterReminder(reminder);
            return;
        }

        var delay = clock.RealDelayUntil(due.Value);
        await this.RegisterOrUpdateReminder(DeadlineReminder, delay < TimeSpan.FromSeconds(1) ? TimeSpan.FromSeconds(1) : delay, TimeSpan.FromMinutes(1));
        precisionTimer = this.RegisterGrainTimer(Tick, new GrainTimerCreationOptions(delay, Timeout.InfiniteTimeSpan) { Interleave = false });
    }
}
