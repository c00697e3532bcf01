using System.Data.Common;

namespace TenderHall.Grains.Storage.Schema;

/// <summary>What differs between engines when migrating: how to open the database and how to exclude other migrators.</summary>
internal abstract class SchemaDialect
{
    public static SchemaDialect For(DatabaseKind kind) => kind switch
    {
        DatabaseKind.Sqlite => new SqliteSchemaDialect(),
        DatabaseKind.PostgreSql => new PostgresSchemaDialect(),
        _ => throw new ArgumentOutOfRangeException(nameof(kind), kind, "Unknown database kind."),
    };

    /// <summary>Opens a connection, creating whatever must exist before the first script runs.</summary>
    public abstract Task<DbConnection> OpenAsync(string connectionString, CancellationToken cancellationToken);

    /// <summary>Begins a transaction no other migrator of the same database can run beside.</summary>
    public abstract Task<DbTransaction> BeginExclusiveAsync(DbConnection connection, CancellationToken cancellationToken);
}
