using Npgsql;
using TenderHall.Grains.Storage.Blobs;

namespace TenderHall.Grains.Tests.Blobs;

/// <summary>A fresh PostgreSQL database with the blob schema, for one test class; dropped afterwards.</summary>
public sealed class PostgresDatabase : IAsyncLifetime
{
    /// <summary>Connection string of a running server on which the tests may create databases.</summary>
    public const string ServerVariable = "TENDERHALL_TEST_POSTGRES";

    private static readonly string[] SchemaResources = ["TenderHall.Sql/postgresql/0100_blobs.sql", "TenderHall.Sql/postgresql/0101_blob_staging.sql"];

    private string? serverConnectionString;
    private string? name;
    private NpgsqlDataSource? dataSource;

    public NpgsqlDataSource DataSource => dataSource ?? throw new InvalidOperationException("The database is not created yet.");

    public async Task InitializeAsync()
    {
        serverConnectionString = Environment.GetEnvironmentVariable(ServerVariable);
        if (string.IsNullOrWhiteSpace(serverConnectionString))
        {
            // Fail, never skip: a green run must mean the PostgreSQL store was tested.
            throw new InvalidOperationException(
                $"{ServerVariable} is not set. The PostgreSQL blob store tests need a running server: " +
                $"run `eng/services.sh start /tmp/thsvc && source /tmp/thsvc/env`, then run the tests again.");
        }

        name = $"th_{Guid.NewGuid():N}";
        await using (var server = new NpgsqlConnection(serverConnectionString))
        {
            await server.OpenAsync();
            await using var create = new NpgsqlCommand($"CREATE DATABASE {name}", server);
            await create.ExecuteNonQueryAsync();
        }

        dataSource = NpgsqlDataSource.Create(new NpgsqlConnectionStringBuilder(serverConnectionString) { Database = name }.ConnectionString);
        await ApplySchemaAsync();
    }

    /// <summary>Runs the blob schema scripts shipped inside TenderHall.Grains, in order, as the schema migrator will.</summary>
    public async Task ApplySchemaAsync()
    {
        foreach (var resource in SchemaResources)
        {
            await using var script = typeof(PostgresBlobStore).Assembly.GetManifestResourceStream(resource)
                ?? throw new InvalidOperationException($"TenderHall.Grains does not embed {resource}.");
            using var reader = new StreamReader(script);
            await using var command = DataSource.CreateCommand(await reader.ReadToEndAsync());
            await command.ExecuteNonQueryAsync();
        }
    }

    public async Task DisposeAsync()
    {
        if (dataSource is not null)
        {
            await dataSource.DisposeAsync();
        }

        if (name is not null)
        {
            await using var server = new NpgsqlConnection(serverConnectionString);
            await server.OpenAsync();
            await using var drop = new NpgsqlCommand($"DROP DATABASE IF EXISTS {name} WITH (FORCE)", server);
            await drop.ExecuteNonQueryAsync();
        }
    }
}
