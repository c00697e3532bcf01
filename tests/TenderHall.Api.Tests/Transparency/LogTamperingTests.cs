using System.Data.Common;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Configuration;
using Npgsql;
using TenderHall.Api.Tests.Storage;
using TenderHall.Api.Transparency;
using TenderHall.Grains.Contracts.Supervision;
using TenderHall.Grains.Contracts.Transparency;
using TenderHall.Grains.Storage.Schema;
using TenderHall.Grains.Supervision;
using TenderHall.Grains.Transparency;

namespace TenderHall.Api.Tests.Transparency;

[Collection(StorageCollection.Name)]
public sealed class LogTamperingTests
{
    [Theory]
    [InlineData(DatabaseKind.Sqlite, "UPDATE tenderhall_log_entries SET leaf_data = leaf_data || X'20' WHERE idx = 7", "stored event 7 does not match")]
    [InlineData(DatabaseKind.PostgreSql, "UPDATE tenderhall_log_entries SET leaf_data = leaf_data || '\\x20'::bytea WHERE idx = 7", "stored event 7 does not match")]
    [InlineData(DatabaseKind.Sqlite, "DELETE FROM tenderhall_log_entries WHERE idx = 12", "events 12 to 12 are missing")]
    [InlineData(DatabaseKind.PostgreSql, "DELETE FROM tenderhall_log_entries WHERE idx = 39", "only 39 events are stored")]
    public async Task A_changed_or_deleted_event_is_detected_and_raises_a_supervision_alarm(DatabaseKind kind, string tampering, string finding)
    {
        await using var database = await TestDatabase.CreateAsync(kind);
        var silo = await TransparencySilo.StartAsync(TestSilo.Options(database));
        try
        {
            var log = silo.Get<ITransparencyLog>();
            var receipts = await Task.WhenAll(Enumerable.Range(0, 40).Select(i => log.AppendAsync(Event(i))));
            // Waits (bounded) until a signed checkpoint covers every event.
            await silo.Grains().GetGrain<ILogSequencerGrain>(0).Inclusion(receipts.Max(r => r.Index));
            var audit = silo.Get<LogAudit>();
            Assert.True((await audit.RunAsync()).Intact);

            await ExecuteAsync(database, tampering);
            var from = TimeProvider.System.GetUtcNow();
            var result = await audit.RunAsync();

            Assert.False(result.Intact);
            Assert.Contains(result.Problems, p => p.Contains(finding, StringComparison.Ordinal));
            var alarms = await AlarmsBetween(silo.Grains(), from, TimeProvider.System.GetUtcNow());
            Assert.Contains(alarms, a => a.Code == "LOG-TAMPERED" && a.Severity == AlarmSeverity.Alarm && a.Message == result.Verdict);
        }
        finally
        {
            await TestSilo.StopAsync(silo);
        }
    }

    [Fact]
    public async Task The_verify_log_command_exits_non_zero_on_tampering_and_raises_the_alarm_through_the_running_platform()
    {
        await using var database = await TestDatabase.CreateAsync(DatabaseKind.Sqlite);
        var platform = TestSilo.Options(database);
        var silo = await TransparencySilo.StartAsync(platform);
        try
        {
            var receipts = await Task.WhenAll(Enumerable.Range(0, 10).Select(i => silo.Get<ITransparencyLog>().AppendAsync(Event(i))));
            await silo.Grains().GetGrain<ILogSequencerGrain>(0).Inclusion(receipts.Max(r => r.Index));
            var configuration = new ConfigurationBuilder().Build();

            var intact = new StringWriter();
            Assert.Equal(0, await VerifyLogCommand.RunAsync(platform, configuration, intact));
            Assert.Contains("is intact: 10 stored events", intact.ToString(), StringComparison.Ordinal);

            await ExecuteAsync(database, "UPDATE tenderhall_log_entries SET leaf_data = X'7B7D', leaf_hash = X'" + new string('0', 64) + "' WHERE idx = 3");
            var tampered = new StringWriter();
            var from = TimeProvider.System.GetUtcNow();
            Assert.Equal(1, await VerifyLogCommand.RunAsync(platform, configuration, tampered));

            Assert.Contains("TAMPERED", tampered.ToString(), StringComparison.Ordinal);
            Assert.Contains("raised supervision alarm LOG-TAMPERED", tampered.ToString(), StringComparison.Ordinal);
            var alarms = await AlarmsBetween(silo.Grains(), from, TimeProvider.System.GetUtcNow());
            Assert.Contains(alarms, a => a.Code == "LOG-TAMPERED");
        }
        finally
        {
            await TestSilo.StopAsync(silo);
        }
    }

    // The alarm is raised on the wall clock between `from` and `to`; at Beijing midnight those fall on two days, and
    // the alarm sits in the inbox of one of them.
    private static async Task<List<SupervisionAlarm>> AlarmsBetween(IGrainFactory grains, DateTimeOffset from, DateTimeOffset to)
    {
        var days = new[] { SupervisionAlarms.DayKey(from), SupervisionAlarms.DayKey(to) }.Distinct(StringComparer.Ordinal);
        var inboxes = await Task.WhenAll(days.Select(day => grains.GetGrain<ISupervisionAlarmsGrain>(day).List()));
        return [.. inboxes.SelectMany(inbox => inbox)];
    }

    private static async Task ExecuteAsync(TestDatabase database, string sql)
    {
        await using DbConnection connection = database.Kind == DatabaseKind.Sqlite
            ? new SqliteConnection(SqliteConnectionStrings.WithPrivateCache(database.ConnectionString))
            : new NpgsqlConnection(database.ConnectionString);
        await connection.OpenAsync();
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        Assert.Equal(1, await command.ExecuteNonQueryAsync());
    }

    private static LogEvent Event(int i) => new()
    {
        Type = "tender.announced",
        Subject = $"tender/T-TAMPER-{i:D4}",
        At = DateTimeOffset.UnixEpoch.AddMinutes(i),
        Actor = "agency1",
    };
}
