using System.Data;
using Microsoft.Extensions.Logging.Abstractions;
using Npgsql;
using TenderHall.Grains.Storage.Schema;

namespace TenderHall.Api.Tests.Storage;

/// <summary>
/// The dead-silo cleanup queries only run hours into a cluster's life (and fail with a debug log only), so the
/// silo tests never reach them: run them here with the parameters and types Orleans 10.4 binds.
/// </summary>
[Collection(StorageCollection.Name)]
public sealed class PostgresClusteringQueryTests
{
    private const int Dead = 6;
    private const int Active = 3;

    [Theory]
    [InlineData("CleanupDefunctSiloEntriesKey")]
    [InlineData("CleanupDefunctSiloEntryKey")]
    public async Task Cleanup_query_removes_a_long_dead_silo_and_keeps_an_active_one(string queryKey)
    {
        await using var database = await TestDatabase.CreateAsync(DatabaseKind.PostgreSql);
        await new SchemaMigrator(NullLogger<SchemaMigrator>.Instance).MigrateAsync(DatabaseKind.PostgreSql, database.ConnectionString, CancellationToken.None);
        await using var connection = new NpgsqlConnection(database.ConnectionString);
        await connection.OpenAsync();
        var longAgo = new DateTime(2026, 1, 1, 0, 0, 0, DateTimeKind.Utc);
        await ExecuteAsync(connection, "INSERT INTO OrleansMembershipVersionTable (DeploymentId) VALUES ('c')");
        await InsertSiloAsync(connection, port: 1, Dead, longAgo);
        await InsertSiloAsync(connection, port: 2, Active, longAgo);

        await using (var cleanup = new NpgsqlCommand(await QueryTextAsync(connection, queryKey), connection))
        {
            // The parameters Orleans binds for either key, with the DbTypes its CLR-type map gives them.
            Add(cleanup, "DeploymentId", "c", DbType.String);
            Add(cleanup, "IAmAliveTime", queryKey == "CleanupDefunctSiloEntriesKey" ? longAgo.AddHours(1) : longAgo, DbType.DateTime);
            Add(cleanup, "Address", "10.0.0.1", DbType.String);
            Add(cleanup, "Port", 1, DbType.Int32);
            Add(cleanup, "Generation", 7, DbType.Int32);
            Add(cleanup, "StartTime", longAgo, DbType.DateTime);
            Add(cleanup, "SuspectTimes", DBNull.Value, DbType.String);
            await cleanup.ExecuteNonQueryAsync();
        }

        await using var remaining = new NpgsqlCommand("SELECT Port FROM OrleansMembershipTable", connection);
        Assert.Equal(2, await remaining.ExecuteScalarAsync());
    }

    private static async Task InsertSiloAsync(NpgsqlConnection connection, int port, int status, DateTime time)
    {
        await using var command = new NpgsqlCommand(
            "INSERT INTO OrleansMembershipTable (DeploymentId, Address, Port, Generation, SiloName, HostName, Status, ProxyPort, StartTime, IAmAliveTime) " +
            "VALUES ('c', '10.0.0.1', @port, 7, 's', 'h', @status, 30000, @time, @time)", connection);
        command.Parameters.AddWithValue("port", port);
        command.Parameters.AddWithValue("status", status);
        command.Parameters.AddWithValue("time", time);
        await command.ExecuteNonQueryAsync();
    }

    private static async Task<string> QueryTextAsync(NpgsqlConnection connection, string key)
    {
        await using var command = new NpgsqlCommand("SELECT QueryText FROM OrleansQuery WHERE QueryKey = @key", connection);
        command.Parameters.AddWithValue("key", key);
        return (string)(await command.ExecuteScalarAsync())!;
    }

    private static async Task ExecuteAsync(NpgsqlConnection connection, string sql)
    {
        await using var command = new NpgsqlCommand(sql, connection);
        await command.ExecuteNonQueryAsync();
    }

    private static void Add(NpgsqlCommand command, string name, object value, DbType type) =>
        command.Parameters.Add(new NpgsqlParameter(name, type) { Value = value });
}
