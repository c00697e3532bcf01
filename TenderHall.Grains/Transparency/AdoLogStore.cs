using System.Data.Common;
using System.Runtime.CompilerServices;
using TenderHall.Grains.Contracts.Transparency;

namespace TenderHall.Grains.Transparency;

/// <summary>The reads and checkpoint writes SQLite and PostgreSQL share; each engine supplies connections and the batch insert.</summary>
public abstract class AdoLogStore : ILogStore
{
    private const string SelectHashes = "SELECT idx, leaf_hash FROM tenderhall_log_entries ORDER BY idx";
    private const string SelectLeaves = "SELECT idx, leaf_data, leaf_hash FROM tenderhall_log_entries ORDER BY idx";
    private const string SelectRange = "SELECT idx, leaf_data, leaf_hash FROM tenderhall_log_entries WHERE idx >= @start AND idx < @end ORDER BY idx";
    private const string InsertCheckpoint = "INSERT INTO tenderhall_log_checkpoints (tree_size, note) VALUES (@size, @note) ON CONFLICT (tree_size) DO NOTHING";
    private const string SelectLatest = "SELECT tree_size, note FROM tenderhall_log_checkpoints ORDER BY tree_size DESC LIMIT 1";
    private const string SelectCheckpoints = "SELECT tree_size, note FROM tenderhall_log_checkpoints ORDER BY tree_size";

    /// <summary>An open connection.</summary>
    protected abstract Task<DbConnection> OpenAsync(CancellationToken cancellationToken);

    /// <inheritdoc />
    public abstract Task AppendAsync(long firstIndex, IReadOnlyList<byte[]> leaves, IReadOnlyList<byte[]> leafHashes, CancellationToken cancellationToken = default);

    /// <inheritdoc />
    public IAsyncEnumerable<StoredLeaf> ReadLeafHashesAsync(CancellationToken cancellationToken = default) =>
        ReadAsync(SelectHashes, withData: false, cancellationToken);

    /// <inheritdoc />
    public IAsyncEnumerable<StoredLeaf> ReadLeavesAsync(CancellationToken cancellationToken = default) =>
        ReadAsync(SelectLeaves, withData: true, cancellationToken);

    /// <inheritdoc />
    public async Task<IReadOnlyList<StoredLeaf>> ReadRangeAsync(long start, long end, CancellationToken cancellationToken = default)
    {
        var leaves = new List<StoredLeaf>();
        await foreach (var leaf in ReadAsync(SelectRange, withData: true, cancellationToken, ("start", start), ("end", end)))
            leaves.Add(leaf);
        return leaves;
    }

    /// <inheritdoc />
    public async Task SaveCheckpointAsync(long treeSize, string signedNote, CancellationToken cancellationToken = default)
    {
        await using var connection = await OpenAsync(cancellationToken);
        await using var command = Command(connection, InsertCheckpoint, ("size", treeSize), ("note", signedNote));
        await command.ExecuteNonQueryAsync(cancellationToken);
    }

    /// <inheritdoc />
    public async Task<StoredCheckpoint?> LatestCheckpointAsync(CancellationToken cancellationToken = default)
    {
        await foreach (var checkpoint in ReadCheckpointsAsync(SelectLatest, cancellationToken))
            return checkpoint;
        return null;
    }

    /// <inheritdoc />
    public IAsyncEnumerable<StoredCheckpoint> ReadCheckpointsAsync(CancellationToken cancellationToken = default) =>
        ReadCheckpointsAsync(SelectCheckpoints, cancellationToken);

    /// <summary>A command on <paramref name="connection"/> with named parameters.</summary>
    protected static DbCommand Command(DbConnection connection, string sql, params (string Name, object Value)[] parameters)
    {
        var command = connection.CreateCommand();
        command.CommandText = sql;
        foreach (var (name, value) in parameters)
        {
            var parameter = command.CreateParameter();
            parameter.ParameterName = name;
            parameter.Value = value;
            command.Parameters.Add(parameter);
        }

        return command;
    }

    private async IAsyncEnumerable<StoredLeaf> ReadAsync(
        string sql, bool withData, [EnumeratorCancellation] CancellationToken cancellationToken, params (string Name, object Value)[] parameters)
    {
        await using var connection = await OpenAsync(cancellationToken);
        await using var command = Command(connection, sql, parameters);
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        while (await reader.ReadAsync(cancellationToken))
        {
            yield return withData
                ? new StoredLeaf(reader.GetInt64(0), Bytes(reader.GetValue(1)), Bytes(reader.GetValue(2)))
                : new StoredLeaf(reader.GetInt64(0), [], Bytes(reader.GetValue(1)));
        }
    }

    // A row edited by hand may hold text or NULL where bytes belong (SQLite is dynamically typed); verify-log must read it, not crash.
    private static byte[] Bytes(object value) => value switch
    {
        byte[] bytes => bytes,
        DBNull => [],
        _ => System.Text.Encoding.UTF8.GetBytes(Convert.ToString(value, System.Globalization.CultureInfo.InvariantCulture) ?? ""),
    };

    private async IAsyncEnumerable<StoredCheckpoint> ReadCheckpointsAsync(string sql, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        await using var connection = await OpenAsync(cancellationToken);
        await using var command = Command(connection, sql);
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        while (await reader.ReadAsync(cancellationToken))
            yield return new StoredCheckpoint(reader.GetInt64(0), reader.GetString(1));
    }
}
