using Microsoft.Extensions.Time.Testing;
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
        // The reminder service ticks by a fake clock: nothing fires until the test moves it, so nothing waits in real time.
        // The due time stays inside the service's loading window, so the restarted service schedules it on its first read.
        var registeredAt = DateTimeOffset.UtcNow;

        var first = await TestSilo.StartAsync(TestSilo.Options(database), new FakeTimeProvider(registeredAt));
        await first.Grains().GetGrain<IStorageProbeGrain>(key).ScheduleReminderAsync(TimeSpan.FromSeconds(50));
        await TestSilo.StopAsync(first);
        Assert.False(fired.IsCompleted, "The reminder fired before the restart; the test would prove nothing.");

        var clock = new FakeTimeProvider(registeredAt.AddSeconds(10));
        var second = await TestSilo.StartAsync(TestSilo.Options(database), clock);
        try
        {
            // The restarted service finds the stored reminder (asking for it waits until the service has read its table)…
            Assert.True(await second.Grains().GetGrain<IStorageProbeGrain>(key).HasReminderAsync());
            Assert.False(fired.IsCompleted, "The reminder fired before it was due.");
            // …and delivers it once its due time comes.
            clock.Advance(TimeSpan.FromSeconds(41));
            await fired.WaitAsync(TestSilo.StartTimeout);
        }
        finally
        {
            await TestSilo.StopAsync(second);
        }
    }
}
