using System.Data.Common;
using Npgsql;
using NpgsqlTypes;

namespace TenderHall.Grains.Transparency;

/// <summary>The log in the cluster profile's PostgreSQL database; a batch is one statement over arrays, one round trip.</summary>
public sealed class PostgresLogStore(string connectionString) : AdoLogStore
{
    private const string Insert = "INSERT INTO tenderhall_log_entries (idx, leaf_data, leaf_hash) SELECT * FROM unnest(@idx, @data, @hash)";

    /// <inheritdoc />
    public override async Task AppendAsync(long firstIndex, IReadOnlyList<byte[]> leaves, IReadOnlyList<byte[]> leafHashes, CancellationToken cancellationToken = default)
    {
        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync(cancellationToken);
        // A single statement is atomic: the whole batch commits or none of it does.
        await using var command = new NpgsqlCommand(Insert, connection);
        command.Parameters.Add(new NpgsqlParameter<long[]>("idx", NpgsqlDbType.Array | NpgsqlDbType.Bigint) { TypedValue = [.. Enumerable.Range(0, leaves.Count).Select(i => firstIndex + i)] });
        command.Parameters.Add(new NpgsqlParameter<byte[][]>("data", NpgsqlDbType.Array | NpgsqlDbType.Bytea) { TypedValue = [.. leaves] });
        command.Parameters.Add(new NpgsqlParameter<byte[][]>("hash", NpgsqlDbType.Array | NpgsqlDbType.Bytea) { TypedValue = [.. leafHashes] });
        await command.ExecuteNonQueryAsync(cancellationToken);
    }

    /// <inheritdoc />
    protected override async Task<DbConnection> OpenAsync(CancellationToken cancellationToken)
    {
        var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync(cancellationToken);
        return connection;
    }
}
