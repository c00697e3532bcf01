using TenderHall.Grains.Contracts.Supervision;
using TenderHall.Grains.Storage.Schema;

namespace TenderHall.Grains.Supervision;

/// <summary>One day's supervision alarms.</summary>
[GrainType("th-supervision-alarms")]
public sealed class SupervisionAlarmsGrain(
    [PersistentState("supervision-alarms", StorageNames.Default)] IPersistentState<SupervisionAlarmsState> state) : Grain, ISupervisionAlarmsGrain
{
    /// <inheritdoc />
    public async Task Raise(SupervisionAlarm alarm)
    {
        if (state.State.Alarms.Any(a => a.Id == alarm.Id)) return;
        state.State.Alarms.Add(alarm);
        await state.WriteStateAsync();
    }

    /// <inheritdoc />
    public Task<IReadOnlyList<SupervisionAlarm>> List() => Task.FromResult<IReadOnlyList<SupervisionAlarm>>(state.State.Alarms);
}
