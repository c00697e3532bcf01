using System.Data;
using Npgsql;

namespace TenderHall.Grains.Storage.Blobs;

/// <summary>Reads a blob's chunk rows one at a time, straight from the network into the caller's buffer; owns the connection.</summary>
internal sealed class PostgresChunkStream : ReadOnlyForwardStream
{
    // "seq > last" rather than "seq = last + 1": a missing chunk shows up as a hash mismatch, not a silent early end.
    // A blob deleted while being read ends early the same way and is reported corrupt: wrong, but never silently short.
    private const string NextChunkSql = $"SELECT seq, data FROM {PostgresBlobStore.ChunksTable} WHERE hash = $1 AND seq > $2 ORDER BY seq LIMIT 1";

    private readonly NpgsqlConnection connection;
    private readonly NpgsqlCommand next;
    private readonly NpgsqlParameter<int> afterSeq = new() { TypedValue = -1 };
    private NpgsqlDataReader? reader;
    private Stream? chunk;
    private bool prepared;
    private bool ended;

    public PostgresChunkStream(NpgsqlConnection connection, string sha256Hex, long recordedSize)
    {
        this.connection = connection;
        RecordedSize = recordedSize;
        next = new NpgsqlCommand(NextChunkSql, connection);
        next.Parameters.Add(new NpgsqlParameter<string> { TypedValue = sha256Hex });
        next.Parameters.Add(afterSeq);
    }

    /// <summary>The size in the blob's row, for comparison with what the chunks add up to.</summary>
    public long RecordedSize { get; }

    public override int Read(byte[] buffer, int offset, int count) => Read(buffer.AsSpan(offset, count));

    public override int Read(Span<byte> buffer)
    {
        while (!buffer.IsEmpty && !ended)
        {
            if (chunk is null && !OpenNextChunk())
            {
                ended = true;
                break;
            }

            var read = chunk!.Read(buffer);
            if (read > 0)
            {
                return read;
            }

            CloseChunk();
        }

        return 0;
    }

    public override async ValueTask<int> ReadAsync(Memory<byte> buffer, CancellationToken cancellationToken = default)
    {
        while (!buffer.IsEmpty && !ended)
        {
            if (chunk is null && !await OpenNextChunkAsync(cancellationToken))
            {
                ended = true;
                break;
            }

            var read = await chunk!.ReadAsync(buffer, cancellationToken);
            if (read > 0)
            {
                return read;
            }

            await CloseChunkAsync();
        }

        return 0;
    }

    protected override void Dispose(bool disposing)
    {
        if (disposing)
        {
            CloseChunk();
            next.Dispose();
            connection.Dispose();
        }

        base.Dispose(disposing);
    }

    public override async ValueTask DisposeAsync()
    {
        await CloseChunkAsync();
        await next.DisposeAsync();
        await connection.DisposeAsync();
        await base.DisposeAsync();
    }

    private bool OpenNextChunk()
    {
        if (!prepared)
        {
            next.Prepare();
            prepared = true;
        }

        reader = next.ExecuteReader(CommandBehavior.SequentialAccess);
        if (!reader.Read())
        {
            CloseChunk();
            return false;
        }

        // Sequential access: columns are read in order, and the data column streams without a 1 MiB array.
        afterSeq.TypedValue = reader.GetFieldValue<int>(0);
        chunk = reader.GetStream(1);
        return true;
    }

    private async ValueTask<bool> OpenNextChunkAsync(CancellationToken ct)
    {
        if (!prepared)
        {
            await next.PrepareAsync(ct);
            prepared = true;
        }

        reader = await next.ExecuteReaderAsync(CommandBehavior.SequentialAccess, ct);
        if (!await reader.ReadAsync(ct))
        {
            await CloseChunkAsync();
            return false;
        }

        afterSeq.TypedValue = await reader.GetFieldValueAsync<int>(0, ct);
        chunk = await reader.GetStreamAsync(1, ct);
        return true;
    }

    private void CloseChunk()
    {
        chunk?.Dispose();
        reader?.Dispose();
        chunk = null;
        reader = null;
    }

    private async ValueTask CloseChunkAsync()
    {
        if (chunk is not null)
        {
            await chunk.DisposeAsync();
        }

        if (reader is not null)
        {
            await reader.DisposeAsync();
        }

        chunk = null;
        reader = null;
    }
}
