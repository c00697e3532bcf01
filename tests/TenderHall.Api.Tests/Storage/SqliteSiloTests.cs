using System.Text;
using Microsoft.Data.Sqlite;
using TenderHall.Grains.Storage.Schema;

namespace TenderHall.Api.Tests.Storage;

[Collection(StorageCollection.Name)]
public sealed class SqliteSiloTests
{
    [Fact]
    public async Task Grain_state_survives_a_silo_restart_on_sqlite()
    {
        await using var database = await TestDatabase.CreateAsync(DatabaseKind.Sqlite);
        var options = TestSilo.Options(database);

        var first = await TestSilo.StartAsync(options);
        await first.Grains().GetGrain<IStorageProbeGrain>("restart").SetValueAsync("sealed bid 42");
        await TestSilo.StopAsync(first);

        var second = await TestSilo.StartAsync(options);
        var value = await second.Grains().GetGrain<IStorageProbeGrain>("restart").GetValueAsync();
        await TestSilo.StopAsync(second);

        Assert.Equal("sealed bid 42", value);
    }

    [Fact]
    public async Task Grain_state_is_stored_as_plain_json()
    {
        await using var database = await TestDatabase.CreateAsync(DatabaseKind.Sqlite);
        var host = await TestSilo.StartAsync(TestSilo.Options(database));
        await host.Grains().GetGrain<IStorageProbeGrain>("json").SetValueAsync("readable");
        await TestSilo.StopAsync(host);

        await using var connection = new SqliteConnection(database.ConnectionString);
        await connection.OpenAsync();
        await using var command = new SqliteCommand("SELECT PayloadBinary FROM OrleansStorage WHERE GrainTypeString = 'storage-probe'", connection);
        var payload = Encoding.UTF8.GetString((byte[])(await command.ExecuteScalarAsync())!);

        Assert.Contains("\"Value\":\"readable\"", payload, StringComparison.Ordinal);
        Assert.DoesNotContain("$type", payload, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Concurrent_first_writes_of_many_grains_all_reach_sqlite()
    {
        await using var database = await TestDatabase.CreateAsync(DatabaseKind.Sqlite);
        var host = await TestSilo.StartAsync(TestSilo.Options(database));
        try
        {
            await Task.WhenAll(Enumerable.Range(0, 500).Select(i =>
                host.Grains().GetGrain<IStorageProbeGrain>($"concurrent-{i}").SetValueAsync($"value {i}")));
        }
        finally
        {
            await TestSilo.StopAsync(host);
        }

        await using var connection = new SqliteConnection(database.ConnectionString);
        await connection.OpenAsync();
        await using var command = new SqliteCommand("SELECT count(*) FROM OrleansStorage WHERE PayloadBinary IS NOT NULL", connection);
        Assert.Equal(500L, await command.ExecuteScalarAsync());
    }
}
