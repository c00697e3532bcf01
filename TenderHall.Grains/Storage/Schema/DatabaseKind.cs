namespace TenderHall.Grains.Storage.Schema;

/// <summary>The database engines TenderHall keeps its Orleans tables in; each has its own script folder.</summary>
public enum DatabaseKind
{
    /// <summary>SQLite file of the embedded profile (scripts in <c>Storage/Sql/sqlite</c>).</summary>
    Sqlite,

    /// <summary>PostgreSQL server of the cluster profile (scripts in <c>Storage/Sql/postgresql</c>).</summary>
    PostgreSql,
}
