using System.Data.Common;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Logging.Abstractions;
using Npgsql;
using TenderHall.Grains.Storage.Schema;

namespace TenderHall.Api.Tests.Storage;

[Collection(StorageCollection.Name)]
public sealed class SchemaMigratorTests
{
    private static readonly SchemaMigrator Migrator = new(NullLogger<SchemaMigrator>.Instance);

    [Theory]
    [InlineData(DatabaseKind.Sqlite)]
    [InlineData(DatabaseKind.PostgreSql)]
    public async Task Migrator_applies_every_script_once_and_skips_them_when_run_again(DatabaseKind kind)
    {
        await using var database = await TestDatabase.CreateAsync(kind);
        var scripts = SchemaScripts.Load(kind);

        var firstRun = await Migrator.MigrateAsync(kind, database.ConnectionString, CancellationToken.None);
        var secondRun = await Migrator.MigrateAsync(kind, database.ConnectionString, CancellationToken.None);

        Assert.Equal(scripts.Select(s => s.Name), firstRun);
        Assert.Empty(secondRun);
        var recorded = await QueryAsync(database, "SELECT script_name, sha256 FROM tenderhall_schema ORDER BY script_name");
        Assert.Equal(scripts.Select(s => $"{s.Name}={s.Sha256}"), recorded);
    }

    [Theory]
    [InlineData(DatabaseKind.Sqlite)]
    [InlineData(DatabaseKind.PostgreSql)]
    public async Task Migrator_reapplies_a_changed_script_and_updates_its_query_text(DatabaseKind kind)
    {
        await using var database = await TestDatabase.CreateAsync(kind);
        var original = SchemaScripts.Load(kind);
        await Migrator.MigrateAsync(kind, database.ConnectionString, original, CancellationToken.None);
        var changed = original
            .Select(s => s.Name.EndsWith("_orleans_storage.sql", StringComparison.Ordinal)
                ? s with { Text = s.Text.Replace("SELECT PayloadBinary, Version", "SELECT PayloadBinary, Version /* v2 */", StringComparison.Ordinal) }
                : s)
            .ToList();

        var applied = await Migrator.MigrateAsync(kind, database.ConnectionString, changed, CancellationToken.None);

        Assert.Equal(["0002_orleans_storage.sql"], applied);
        var queryText = await QueryAsync(database, "SELECT QueryText FROM OrleansQuery WHERE QueryKey = 'ReadFromStorageKey'");
        Assert.Contains("/* v2 */", Assert.Single(queryText), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(DatabaseKind.Sqlite)]
    [InlineData(DatabaseKind.PostgreSql)]
    public async Task Concurrent_migrators_apply_each_script_exactly_once(DatabaseKind kind)
    {
        await using var database = await TestDatabase.CreateAsync(kind);

        var runs = await Task.WhenAll(Enumerable.Range(0, 4).Select(_ =>
            Task.Run(() => Migrator.MigrateAsync(kind, database.ConnectionString, CancellationToken.None))));

        Assert.Equal(
            SchemaScripts.Load(kind).Select(s => s.Name),
            runs.SelectMany(applied => applied).Order(StringComparer.Ordinal));
    }

    [Fact]
    public async Task Migrator_creates_the_sqlite_directory_and_switches_the_file_to_wal()
    {
        await using var database = await TestDatabase.CreateAsync(DatabaseKind.Sqlite);
        Assert.False(Directory.Exists(database.DataDirectory));

        await Migrator.MigrateAsync(DatabaseKind.Sqlite, database.ConnectionString, CancellationToken.None);

        Assert.Equal(["wal"], await QueryAsync(database, "PRAGMA journal_mode"));
    }

    [Fact]
    public void Postgresql_scripts_include_every_clustering_query_orleans_asks_for()
    {
        // Orleans 10.4 refuses to start without all of them; CleanupDefunctSilo* arrived late upstream.
        var text = string.Concat(SchemaScripts.Load(DatabaseKind.PostgreSql).Select(s => s.Text));
        string[] keys =
        [
            "InsertMembershipVersionKey", "InsertMembershipKey", "UpdateMembershipKey", "UpdateIAmAlivetimeKey",
            "MembershipReadRowKey", "MembershipReadAllKey", "DeleteMembershipTableEntriesKey", "GatewaysQueryKey",
            "CleanupDefunctSiloEntriesKey", "CleanupDefunctSiloEntryKey",
        ];

        Assert.All(keys, key => Assert.Contains($"'{key}'", text, StringComparison.Ordinal));
    }

    private static async Task<List<string>> QueryAsync(TestDatabase database, string sql)
    {
        await using DbConnection connection = database.Kind == DatabaseKind.Sqlite
            ? new SqliteConnection(database.ConnectionString)
            : new NpgsqlConnection(database.ConnectionString);
        await connection.OpenAsync();
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        await using var reader = await command.ExecuteReaderAsync();
        var rows = new List<string>();
        while (await reader.ReadAsync())
        {
            rows.Add(reader.FieldCount == 1 ? reader.GetString(0) : $"{reader.GetString(0)}={reader.GetString(1)}");
        }

        return rows;
    }
}
