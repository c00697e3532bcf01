using Microsoft.Data.Sqlite;

namespace TenderHall.Grains.Storage.Schema;

/// <summary>Connection-string rules for the embedded profile's SQLite file.</summary>
public static class SqliteConnectionStrings
{
    /// <summary>
    /// <paramref name="connectionString"/> with shared-cache mode off. Under shared cache, a statement prepared
    /// while another connection holds a lock fails with SQLITE_LOCKED, which SQLitePCL surfaces as an
    /// ArgumentOutOfRangeException instead of letting Microsoft.Data.Sqlite's busy retry wait; WAL plus private
    /// caches gives concurrent readers without that.
    /// </summary>
    public static string WithPrivateCache(string connectionString) =>
        new SqliteConnectionStringBuilder(connectionString) { Cache = SqliteCacheMode.Private }.ConnectionString;
}
