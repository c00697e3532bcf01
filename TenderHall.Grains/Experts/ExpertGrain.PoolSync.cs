using TenderHall.Grains.Contracts.Experts;

namespace TenderHall.Grains.Experts;

/// <summary>
/// Keeps the specialty pools (<see cref="ExpertPoolGrain"/>) current when telling one fails after the expert's change was
/// stored: the pools still to be told are stored with the change, a reminder wakes the expert until they all are, and
/// every activation tells them first, so a draw never freezes a pool that misses a stored suspension or recusal ground.
/// </summary>
public sealed partial class ExpertGrain
{
    private const string PoolSyncReminder = "pool-sync";

    /// <inheritdoc />
    public override async Task OnActivateAsync(CancellationToken cancellationToken)
    {
        if (state.State.PoolsPending.Count == 0) return;
        try
        {
            await TellPools();
            await state.WriteStateAsync(cancellationToken);
        }
        catch (Exception) when (!cancellationToken.IsCancellationRequested)
        {
            // The reminder registered when the first attempt failed comes back; the activation itself serves reads.
        }
    }

    /// <inheritdoc />
    public async Task ReceiveReminder(string reminderName, TickStatus status)
    {
        if (reminderName != PoolSyncReminder) return;
        if (state.State.PoolsPending.Count > 0)
        {
            await TellPools();
            await state.WriteStateAsync();
        }

        if (await this.GetReminder(PoolSyncReminder) is { } reminder) await this.UnregisterReminder(reminder);
    }

    private async Task TellPools()
    {
        try
        {
            foreach (var specialty in state.State.PoolsPending.ToList())
            {
                await grains.GetGrain<IExpertPoolGrain>(specialty).Update(Profile);
                state.State.PoolsPending.Remove(specialty);
            }
        }
        catch (Exception)
        {
            await this.RegisterOrUpdateReminder(PoolSyncReminder, TimeSpan.FromMinutes(1), TimeSpan.FromMinutes(1));
            throw;
        }
    }
}
