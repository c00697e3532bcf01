using System.Buffers;
using System.Security.Cryptography;
using Npgsql;
using NpgsqlTypes;
using TenderHall.Grains.Contracts.Blobs;

namespace TenderHall.Grains.Storage.Blobs;

/// <summary>Blob store of the cluster profile: content in 1 MiB chunk rows, each blob written in one transaction (schema: Storage/Sql/postgresql/0100_blobs.sql, 0101_blob_staging.sql).</summary>
public sealed class PostgresBlobStore : IBlobStore, IAsyncDisposable
{
    /// <summary>One row per complete blob.</summary>
    public const string BlobsTable = "tenderhall_blobs";

    /// <summary>The blobs' content, <see cref="ChunkSize"/> bytes a row.</summary>
    public const string ChunksTable = "tenderhall_blob_chunks";

    /// <summary>Bytes per chunk row: large enough that per-row overhead is noise, small enough to stream.</summary>
    public const int ChunkSize = 1 << 20;

    private readonly NpgsqlDataSource dataSource;
    private readonly bool ownsDataSource;

    /// <summary>Uses a data source owned by the caller.</summary>
    public PostgresBlobStore(NpgsqlDataSource dataSource)
        : this(dataSource ?? throw new ArgumentNullException(nameof(dataSource)), ownsDataSource: false)
    {
    }

    /// <summary>Creates and owns a data source for the connection string.</summary>
    public PostgresBlobStore(string connectionString)
        : this(NpgsqlDataSource.Create(connectionString), ownsDataSource: true)
    {
    }

    private PostgresBlobStore(NpgsqlDataSource dataSource, bool ownsDataSource)
    {
        this.dataSource = dataSource;
        this.ownsDataSource = ownsDataSource;
    }

    public Task<BlobRef> PutAsync(Stream content, CancellationToken ct) => WriteAsync(content, stagedAt: null, ct);

    public Task<BlobRef> StageAsync(Stream content, DateTimeOffset stagedAt, CancellationToken ct) => WriteAsync(content, stagedAt, ct);

    public async Task AcceptAsync(string sha256Hex, CancellationToken ct)
    {
        BlobName.ThrowIfInvalid(sha256Hex, nameof(sha256Hex));
        await using var connection = await dataSource.OpenConnectionAsync(ct);
        await using var accept = new NpgsqlCommand($"UPDATE {BlobsTable} SET staged_at = NULL WHERE hash = $1", connection);
        accept.Parameters.Add(new NpgsqlParameter<string> { TypedValue = sha256Hex });
        if (await accept.ExecuteNonQueryAsync(ct) == 0)
            throw new IOException($"Blob {sha256Hex} is not stored (a staged upload swept before it was accepted?).");
    }

    public async Task<int> SweepStagedAsync(DateTimeOffset stagedBefore, CancellationToken ct)
    {
        await using var connection = await dataSource.OpenConnectionAsync(ct);
        // The chunks go with their blob row (ON DELETE CASCADE); an accepted blob has no staged_at and is never touched.
        await using var sweep = new NpgsqlCommand($"DELETE FROM {BlobsTable} WHERE staged_at < $1", connection);
        sweep.Parameters.Add(new NpgsqlParameter<DateTimeOffset> { TypedValue = stagedBefore.ToUniversalTime() });
        return await sweep.ExecuteNonQueryAsync(ct);
    }

    // A staged blob is a blob row with staged_at set (schema: 0101_blob_staging.sql); accepting it clears the column.
    private async Task<BlobRef> WriteAsync(Stream content, DateTimeOffset? stagedAt, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(content);
        await using var connection = await dataSource.OpenConnectionAsync(ct);

        // One transaction: a blob is complete or absent; a failed or cancelled put rolls back every chunk.
        await using var transaction = await connection.BeginTransactionAsync(ct);

        // Not 64 hex digits, so it can never collide with a committed blob's hash.
        var stagingKey = $"staging-{Guid.NewGuid():N}";
        var blob = await WriteChunksAsync(connection, transaction, stagingKey, content, ct);

        // Blocks on a concurrent uncommitted put of the same content until it commits or rolls back.
        await using var claim = new NpgsqlCommand($"INSERT INTO {BlobsTable} (hash, size, staged_at) VALUES ($1, $2, $3) ON CONFLICT (hash) DO NOTHING", connection, transaction);
        claim.Parameters.Add(new NpgsqlParameter<string> { TypedValue = blob.Sha256Hex });
        claim.Parameters.Add(new NpgsqlParameter<long> { TypedValue = blob.Size });
        claim.Parameters.Add(new NpgsqlParameter<DateTimeOffset?> { TypedValue = stagedAt?.ToUniversalTime(), NpgsqlDbType = NpgsqlDbType.TimestampTz });
        if (await claim.ExecuteNonQueryAsync(ct) == 0)
        {
            // Already stored: our copy is redundant. Put keeps staged content for good; staging again restarts its age.
            await transaction.RollbackAsync(ct);
            await using var keep = new NpgsqlCommand(
                $"UPDATE {BlobsTable} SET staged_at = CASE WHEN $2::timestamptz IS NULL THEN NULL ELSE GREATEST(staged_at, $2) END WHERE hash = $1 AND staged_at IS NOT NULL", connection);
            keep.Parameters.Add(new NpgsqlParameter<string> { TypedValue = blob.Sha256Hex });
            keep.Parameters.Add(new NpgsqlParameter<DateTimeOffset?> { TypedValue = stagedAt?.ToUniversalTime(), NpgsqlDbType = NpgsqlDbType.TimestampTz });
            await keep.ExecuteNonQueryAsync(ct);
            return blob;
        }

        await using var rename = new NpgsqlCommand($"UPDATE {ChunksTable} SET hash = $1 WHERE hash = $2", connection, transaction);
        rename.Parameters.Add(new NpgsqlParameter<string> { TypedValue = blob.Sha256Hex });
        rename.Parameters.Add(new NpgsqlParameter<string> { TypedValue = stagingKey });
        await rename.ExecuteNonQueryAsync(ct);

        await transaction.CommitAsync(ct);
        return blob;
    }

    public async Task<Stream?> OpenReadAsync(string sha256Hex, CancellationToken ct)
    {
        var chunks = await OpenChunksAsync(sha256Hex, ct);
        return chunks is null ? null : new HashVerifyingStream(chunks, sha256Hex);
    }

    public async Task<bool> ExistsAsync(string sha256Hex, CancellationToken ct) =>
        await StatAsync(sha256Hex, ct) is not null;

    public async Task<BlobRef?> StatAsync(string sha256Hex, CancellationToken ct)
    {
        BlobName.ThrowIfInvalid(sha256Hex, nameof(sha256Hex));
        await using var connection = await dataSource.OpenConnectionAsync(ct);
        var size = await RecordedSizeAsync(connection, sha256Hex, ct);
        return size is null ? null : new BlobRef(sha256Hex, size.Value);
    }

    public async Task<BlobVerification> VerifyAsync(string sha256Hex, CancellationToken ct)
    {
        var chunks = await OpenChunksAsync(sha256Hex, ct);
        return await BlobVerifier.VerifyAsync(sha256Hex, chunks, chunks?.RecordedSize, ct);
    }

    public async ValueTask DisposeAsync()
    {
        if (ownsDataSource)
        {
            await dataSource.DisposeAsync();
        }
    }

    private static async Task<BlobRef> WriteChunksAsync(NpgsqlConnection connection, NpgsqlTransaction transaction, string stagingKey, Stream content, CancellationToken ct)
    {
        using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        var buffer = ArrayPool<byte>.Shared.Rent(ChunkSize);
        try
        {
            await using var insert = new NpgsqlCommand($"INSERT INTO {ChunksTable} (hash, seq, data) VALUES ($1, $2, $3)", connection, transaction);
            var seq = new NpgsqlParameter<int>();
            var data = new NpgsqlParameter<ReadOnlyMemory<byte>> { NpgsqlDbType = NpgsqlDbType.Bytea };
            insert.Parameters.Add(new NpgsqlParameter<string> { TypedValue = stagingKey });
            insert.Parameters.Add(seq);
            insert.Parameters.Add(data);
            await insert.PrepareAsync(ct);

            long size = 0;
            int read;

            // ReadAtLeastAsync fills whole chunks even from sources that hand out a few KiB a read (request bodies).
            while ((read = await content.ReadAtLeastAsync(buffer.AsMemory(0, ChunkSize), ChunkSize, throwOnEndOfStream: false, ct)) > 0)
            {
                hash.AppendData(buffer, 0, read);
                data.TypedValue = buffer.AsMemory(0, read);
                await insert.ExecuteNonQueryAsync(ct);
                seq.TypedValue++;
                size += read;
            }

            return new BlobRef(BlobName.FromHash(hash.GetHashAndReset()), size);
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(buffer);
        }
    }

    private async Task<PostgresChunkStream?> OpenChunksAsync(string sha256Hex, CancellationToken ct)
    {
        BlobName.ThrowIfInvalid(sha256Hex, nameof(sha256Hex));
        var connection = await dataSource.OpenConnectionAsync(ct);
        PostgresChunkStream? chunks = null;
        try
        {
            // No transaction around the read: a slow client would hold one open for the whole download and stall
            // vacuum cluster-wide. Committed blobs never change, so each chunk query sees the same bytes anyway.
            var size = await RecordedSizeAsync(connection, sha256Hex, ct);
            if (size is not null)
            {
                chunks = new PostgresChunkStream(connection, sha256Hex, size.Value);
            }

            return chunks;
        }
        finally
        {
            // The stream owns the connection once it exists; otherwise it is ours to close.
            if (chunks is null)
            {
                await connection.DisposeAsync();
            }
        }
    }

    private static async Task<long?> RecordedSizeAsync(NpgsqlConnection connection, string sha256Hex, CancellationToken ct)
    {
        await using var command = new NpgsqlCommand($"SELECT size FROM {BlobsTable} WHERE hash = $1", connection);
        command.Parameters.Add(new NpgsqlParameter<string> { TypedValue = sha256Hex });
        return await command.ExecuteScalarAsync(ct) as long?;
    }
}
