using System.Data.Common;
using Npgsql;

namespace TenderHall.Grains.Storage.Schema;

/// <summary>PostgreSQL: serialises migrators of one database with a transaction-scoped advisory lock.</summary>
internal sealed class PostgresSchemaDialect : SchemaDialect
{
    // Arbitrary fixed key ("THSCHEMA" in ASCII); every TenderHall migrator of a database takes the same lock.
    private const long MigrationLockKey = 0x5448_5343_4845_4D41;

    public override async Task<DbConnection> OpenAsync(string connectionString, CancellationToken cancellationToken)
    {
        var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync(cancellationToken);
        return connection;
    }

    public override async Task<DbTransaction> BeginExclusiveAsync(DbConnection connection, CancellationToken cancellationToken)
    {
        var transaction = await connection.BeginTransactionAsync(cancellationToken);
        // Released by COMMIT or ROLLBACK, so a crashed migrator never leaves the lock behind.
        await using var command = new NpgsqlCommand("SELECT pg_advisory_xact_lock(@key)", (NpgsqlConnection)connection, (NpgsqlTransaction)transaction);
        command.Parameters.AddWithValue("key", MigrationLockKey);
        await command.ExecuteNonQueryAsync(cancellationToken);
        return transaction;
    }
}
