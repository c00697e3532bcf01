using TenderHall.Grains.Storage.Schema;

namespace TenderHall.Api.Tests.Storage;

/// <summary>Keeps one value in the "tenderhall" storage and signals <see cref="ReminderSignals"/> when its reminder fires.</summary>
[GrainType("th-test-storage-probe")]
public sealed class StorageProbeGrain(
    [PersistentState("storage-probe", StorageNames.Default)] IPersistentState<StorageProbeState> state)
    : Grain, IStorageProbeGrain, IRemindable
{
    public const string ReminderName = "probe";

    public async Task SetValueAsync(string value)
    {
        state.State.Value = value;
        await state.WriteStateAsync();
    }

    public Task<string?> GetValueAsync() => Task.FromResult(state.State.Value);

    public Task<string> GetSiloAsync() => Task.FromResult(RuntimeIdentity);

    public Task ScheduleReminderAsync(TimeSpan dueTime) =>
        this.RegisterOrUpdateReminder(ReminderName, dueTime, TimeSpan.FromMinutes(1));

    public async Task<bool> HasReminderAsync() => await this.GetReminder(ReminderName) is not null;

    public Task ReceiveReminder(string reminderName, TickStatus status)
    {
        ReminderSignals.Fire(this.GetPrimaryKeyString());
        return Task.CompletedTask;
    }
}
