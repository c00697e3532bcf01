using TenderHall.Grains.Storage.Schema;

namespace TenderHall.Api.Tests.Storage;

[Collection(StorageCollection.Name)]
public sealed class ReminderRestartTests
{
    [Theory]
    [InlineData(DatabaseKind.Sqlite)]
    [InlineData(DatabaseKind.PostgreSql)]
    public async Task Reminder_registered_before_a_restart_fires_after_it(DatabaseKind kind)
    {
        await using var database = await TestDatabase.CreateAsync(kind);
        var key = "reminder-" + Guid.NewGuid().ToString("N");
        var fired = ReminderSignals.WhenFired(key);

        var first = await TestSilo.StartAsync(TestSilo.Options(database));
        await first.Grains().GetGrain<IStorageProbeGrain>(key).ScheduleReminderAsync(TimeSpan.FromSeconds(10));
        await TestSilo.StopAsync(first);
        Assert.False(fired.IsCompleted, "The reminder fired before the restart; the test would prove nothing.");

        var second = await TestSilo.StartAsync(TestSilo.Options(database));
        try
        {
            // Due 10 s after registration; if the restart overran that, the next tick is at most one period (1 min) later.
            await fired.WaitAsync(TimeSpan.FromSeconds(90));
        }
        finally
        {
            await TestSilo.StopAsync(second);
        }
    }
}
