using System.Data;
using Npgsql;

namespace TenderHall.Grains.Storage.Blobs;

/// <summary>Reads a blob's chunk rows one at a time, straight from the network into the caller's buffer; owns the connection.</summary>
internal sealed class PostgresChunkStream : ReadOnlyForwardStream
{
    // "seq > last" rather than "seq = last + 1": a missing chunk shows up as a hash mismatch, not a silent early end.
    // A blob deleted while being read ends early the same way and is reported corrupt: wrong, but never silently short.
    private const string NextChunkSql = $"SELECT seq, data FROM {PostgresBlobStore.ChunksTable} WHERE hash = $1 AND seq > $2 ORDER BY seq LIMIT 1";

    private readonly NpgsqlConnection _connection;
    private readonly NpgsqlCommand _next;
    private readonly NpgsqlParameter<int> _afterSeq = new() { TypedValue = -1 };
    private NpgsqlDataReader? _reader;
    private Stream? _chunk;
    private bool _prepared;
    private bool _ended;

    public PostgresChunkStream(NpgsqlConnection connection, string sha256Hex, long recordedSize)
    {
        _connection = connection;
        RecordedSize = recordedSize;
        _next = new NpgsqlCommand(NextChunkSql, connection);
        _next.Parameters.Add(new NpgsqlParameter<string> { TypedValue = sha256Hex });
        _next.Parameters.Add(_afterSeq);
    }

    /// <summary>The size in the blob's row, for comparison with what the chunks add up to.</summary>
    public long RecordedSize { get; }

    public override int Read(byte[] buffer, int offset, int count) => Read(buffer.AsSpan(offset, count));

    public override int Read(Span<byte> buffer)
    {
        while (!buffer.IsEmpty && !_ended)
        {
            if (_chunk is null && !OpenNextChunk())
            {
                _ended = true;
                break;
            }

            var read = _chunk!.Read(buffer);
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
        while (!buffer.IsEmpty && !_ended)
        {
            if (_chunk is null && !await OpenNextChunkAsync(cancellationToken))
            {
                _ended = true;
                break;
            }

            var read = await _chunk!.ReadAsync(buffer, cancellationToken);
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
            _next.Dispose();
            _connection.Dispose();
        }

        base.Dispose(disposing);
    }

    public override async ValueTask DisposeAsync()
    {
        await CloseChunkAsync();
        await _next.DisposeAsync();
        await _connection.DisposeAsync();
        await base.DisposeAsync();
    }

    private bool OpenNextChunk()
    {
        if (!_prepared)
        {
            _next.Prepare();
            _prepared = true;
        }

        _reader = _next.ExecuteReader(CommandBehavior.SequentialAccess);
        if (!_reader.Read())
        {
            CloseChunk();
            return false;
        }

        // Sequential access: columns are read in order, and the data column streams without a 1 MiB array.
        _afterSeq.TypedValue = _reader.GetFieldValue<int>(0);
        _chunk = _reader.GetStream(1);
        return true;
    }

    private async ValueTask<bool> OpenNextChunkAsync(CancellationToken ct)
    {
        if (!_prepared)
        {
            await _next.PrepareAsync(ct);
            _prepared = true;
        }

        _reader = await _next.ExecuteReaderAsync(CommandBehavior.SequentialAccess, ct);
        if (!await _reader.ReadAsync(ct))
        {
            await CloseChunkAsync();
            return false;
        }

        _afterSeq.TypedValue = await _reader.GetFieldValueAsync<int>(0, ct);
        _chunk = await _reader.GetStreamAsync(1, ct);
        return true;
    }

    private void CloseChunk()
    {
        _chunk?.Dispose();
        _reader?.Dispose();
        _chunk = null;
        _reader = null;
    }

    private async ValueTask CloseChunkAsync()
    {
        if (_chunk is not null)
        {
            await _chunk.DisposeAsync();
        }

        if (_reader is not null)
        {
            await _reader.DisposeAsync();
        }

        _chunk = null;
        _reader = null;
    }
}
