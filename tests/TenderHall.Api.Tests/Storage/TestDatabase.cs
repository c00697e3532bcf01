using Microsoft.Data.Sqlite;
using Npgsql;
using TenderHall.Grains.Storage.Schema;

namespace TenderHall.Api.Tests.Storage;

/// <summary>A fresh, empty database for one test: a SQLite file in a temp directory or a new PostgreSQL database.</summary>
internal sealed class TestDatabase : IAsyncDisposable
{
    /// <summary>Admin connection string of the private PostgreSQL server (eng/services.sh writes it).</summary>
    public const string PostgresVariable = "TENDERHALL_TEST_POSTGRES";

    private readonly string? postgresAdmin;
    private readonly string name;

    private TestDatabase(DatabaseKind kind, string name, string connectionString, string? postgresAdmin)
    {
        Kind = kind;
        this.name = name;
        ConnectionString = connectionString;
        this.postgresAdmin = postgresAdmin;
    }

    public DatabaseKind Kind { get; }

    public string ConnectionString { get; }

    /// <summary>Directory holding the SQLite file (a path that does not exist yet); for PostgreSQL unused.</summary>
    public string DataDirectory => Path.Combine(Path.GetTempPath(), name, "data");

    public static async Task<TestDatabase> CreateAsync(DatabaseKind kind)
    {
        var name = "th_" + Guid.NewGuid().ToString("N");
        if (kind == DatabaseKind.Sqlite)
        {
            var file = Path.Combine(Path.GetTempPath(), name, "data", "tenderhall.db");
            return new TestDatabase(kind, name, $"Data Source={file};Cache=Shared;Pooling=True", postgresAdmin: null);
        }

        var admin = PostgresAdmin();
        await ExecuteAsync(admin, $"CREATE DATABASE {name}");
        var connectionString = new NpgsqlConnectionStringBuilder(admin) { Database = name }.ConnectionString;
        return new TestDatabase(kind, name, connectionString, admin);
    }

    /// <summary>The admin connection string; a test needing PostgreSQL fails (never skips) without it.</summary>
    public static string PostgresAdmin() =>
        Environment.GetEnvironmentVariable(PostgresVariable) is { Length: > 0 } value
            ? value
            : throw new InvalidOperationException(
                $"{PostgresVariable} is not set. Start the private test services with " +
                "'eng/services.sh start /tmp/thsvc' and 'source /tmp/thsvc/env', then run the tests again.");

    public async ValueTask DisposeAsync()
    {
        if (postgresAdmin is null)
        {
            SqliteConnection.ClearAllPools();
            Directory.Delete(Path.Combine(Path.GetTempPath(), name), recursive: true);
            return;
        }

        NpgsqlConnection.ClearAllPools();
        await ExecuteAsync(postgresAdmin, $"DROP DATABASE IF EXISTS {name} WITH (FORCE)");
    }

    private static async Task ExecuteAsync(string connectionString, string sql)
    {
        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(sql, connection);
        await command.ExecuteNonQueryAsync();
    }
}
