using TenderHall.Grains.Contracts.Accounts;
using TenderHall.Grains.Contracts.Rules;
using TenderHall.Grains.Contracts.Supervision;
using TenderHall.Grains.Contracts.Tendering;
using TenderHall.Grains.Contracts.Time;
using TenderHall.Grains.Contracts.Transparency;
using TenderHall.Grains.Storage;
using TenderHall.Grains.Storage.Schema;

namespace TenderHall.Grains.Supervision;

/// <summary>One day's supervision alarms, and what supervisors noted on them.</summary>
[GrainType("th-supervision-alarms")]
public sealed class SupervisionAlarmsGrain(
    [PersistentState("supervision-alarms", StorageNames.Default)] IPersistentState<SupervisionAlarmsState> state,
    ITransparencyLog log,
    PlatformClock clock) : Grain, ISupervisionAlarmsGrain
{
    /// <inheritdoc />
    public async Task Raise(SupervisionAlarm alarm)
    {
        if (state.State.Alarms.Any(a => a.Id == alarm.Id)) return;
        state.State.Alarms.Add(alarm);
        await state.WriteOrReloadAsync();
    }

    /// <inheritdoc />
    public async Task<SupervisionAlarm> Acknowledge(string alarmId, Actor actor, string? note)
    {
        if (!actor.Is(Roles.Supervisor)) throw RuleViolationException.Of("AUTH-FORBIDDEN");
        var alarm = state.State.Alarms.FirstOrDefault(a => a.Id == alarmId)
                    ?? throw RuleViolationException.Of("ALARM-NOT-FOUND", ("alarm", alarmId), ("day", this.GetPrimaryKeyString()));
        var change = AlarmAcknowledgement.Apply(alarm, actor.UserName, note, clock.UtcNow);
        if (change is null) return alarm;

        // The audit entry first: a write that fails after it leaves nothing changed here (the state is read again), so a
        // retry completes the acknowledgement, and no acknowledgement is one nobody can trace. The public log keeps only a commitment (alarms may name sealed bids, BL 22).
        var entry = new LogEvent { Type = "supervision.alarm-acknowledged", Subject = "supervision/" + this.GetPrimaryKeyString(), At = change.At, Actor = actor.UserName };
        entry.Data["alarm"] = alarm.Id;
        entry.Data["code"] = alarm.Code;
        entry.Data["note"] = change.Text;
        await log.AppendAsync(entry);
        AlarmAcknowledgement.Record(alarm, change);
        await state.WriteOrReloadAsync();
        return alarm;
    }

    /// <inheritdoc />
    public Task<IReadOnlyList<SupervisionAlarm>> List() => Task.FromResult<IReadOnlyList<SupervisionAlarm>>(state.State.Alarms);
}
