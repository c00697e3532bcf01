using TenderHall.Grains.Contracts.Notifications;
using TenderHall.Grains.Storage.Schema;

namespace TenderHall.Grains.Notifications;

/// <summary>One organisation's notification outbox.</summary>
[GrainType("th-inbox")]
public sealed class InboxGrain(
    [PersistentState("inbox", StorageNames.Default)] IPersistentState<InboxState> state) : Grain, IInboxGrain
{
    /// <inheritdoc />
    public async Task Deliver(Notification notification)
    {
        var items = state.State.Items;
        if (items.Any(n => n.Id == notification.Id)) return;
        notification.Sequence = items.Count == 0 ? 1 : items[^1].Sequence + 1;
        items.Add(notification);
        await state.WriteStateAsync();
    }

    /// <inheritdoc />
    public Task<IReadOnlyList<Notification>> Since(long after, int take) =>
        Task.FromResult<IReadOnlyList<Notification>>([.. state.State.Items.Where(n => n.Sequence > after).Take(Math.Clamp(take, 1, 500))]);
}
