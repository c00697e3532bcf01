using System.Data.Common;
using Microsoft.Data.Sqlite;

namespace TenderHall.Grains.Storage.Schema;

/// <summary>SQLite: creates the file's directory, switches the file to WAL once, serialises migrators with BEGIN IMMEDIATE.</summary>
internal sealed class SqliteSchemaDialect : SchemaDialect
{
    public override async Task<DbConnection> OpenAsync(string connectionString, CancellationToken cancellationToken)
    {
        var builder = new SqliteConnectionStringBuilder(connectionString);
        if (builder.Mode != SqliteOpenMode.Memory && builder.DataSource is { Length: > 0 } file && file != ":memory:")
        {
            var directory = Path.GetDirectoryName(Path.GetFullPath(file));
            if (!string.IsNullOrEmpty(directory))
            {
                // Spelled out: TenderHall.Grains.Registry is a namespace too.
                System.IO.Directory.CreateDirectory(directory);
            }
        }

        var connection = new SqliteConnection(SqliteConnectionStrings.WithPrivateCache(connectionString));
        await connection.OpenAsync(cancellationToken);

        // WAL lets grain reads run beside a write. The mode is stored in the file, so it is set here once and
        // never inside Orleans query texts (a PRAGMA there returns a row the provider would misread).
        if (!string.Equals(await PragmaAsync(connection, "journal_mode", cancellationToken), "wal", StringComparison.OrdinalIgnoreCase))
        {
            await PragmaAsync(connection, "journal_mode=WAL", cancellationToken);
        }

        return connection;
    }

    public override Task<DbTransaction> BeginExclusiveAsync(DbConnection connection, CancellationToken cancellationToken)
    {
        // BEGIN IMMEDIATE takes the write lock up front; a second migrator waits (busy timeout) rather than
        // reading the journal table before the first one has committed.
        DbTransaction transaction = ((SqliteConnection)connection).BeginTransaction(deferred: false);
        return Task.FromResult(transaction);
    }

    private static async Task<string?> PragmaAsync(SqliteConnection connection, string pragma, CancellationToken cancellationToken)
    {
        using var command = connection.CreateCommand();
        command.CommandText = "PRAGMA " + pragma;
        return Convert.ToString(await command.ExecuteScalarAsync(cancellationToken), System.Globalization.CultureInfo.InvariantCulture);
    }
}
