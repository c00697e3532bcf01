using System.Data.Common;
using Microsoft.Data.Sqlite;
using TenderHall.Grains.Storage.Schema;

namespace TenderHall.Grains.Transparency;

/// <summary>The log in the embedded profile's SQLite file (WAL, synchronous commits: a committed batch survives a crash).</summary>
public sealed class SqliteLogStore(string connectionString) : AdoLogStore
{
    private const string Insert = "INSERT INTO tenderhall_log_entries (idx, leaf_data, leaf_hash) VALUES (@idx, @data, @hash)";
    private readonly string connectionString = SqliteConnectionStrings.WithPrivateCache(connectionString);

    /// <inheritdoc />
    // Microsoft.Data.Sqlite runs synchronously; the batch runs on the thread pool so the sequencer's scheduler stays free.
    public override Task AppendAsync(long firstIndex, IReadOnlyList<byte[]> leaves, IReadOnlyList<byte[]> leafHashes, CancellationToken cancellationToken = default) =>
        Task.Run(() => Append(firstIndex, leaves, leafHashes), cancellationToken);

    /// <inheritdoc />
    protected override async Task<DbConnection> OpenAsync(CancellationToken cancellationToken)
    {
        var connection = new SqliteConnection(connectionString);
        await connection.OpenAsync(cancellationToken);
        return connection;
    }

    private void Append(long firstIndex, IReadOnlyList<byte[]> leaves, IReadOnlyList<byte[]> leafHashes)
    {
        using var connection = new SqliteConnection(connectionString);
        connection.Open();
        // BEGIN IMMEDIATE: take the write lock before the first insert so a busy database is waited for, not failed mid-batch.
        using var transaction = connection.BeginTransaction(deferred: false);
        using var command = connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = Insert;
        var idx = command.Parameters.Add("@idx", SqliteType.Integer);
        var data = command.Parameters.Add("@data", SqliteType.Blob);
        var hash = command.Parameters.Add("@hash", SqliteType.Blob);
        command.Prepare();
        for (var i = 0; i < leaves.Count; i++)
        {
            idx.Value = firstIndex + i;
            data.Value = leaves[i];
            hash.Value = leafHashes[i];
            command.ExecuteNonQuery();
        }

        transaction.Commit();
    }
}
