using TenderHall.Grains.Storage.Blobs;

namespace TenderHall.Api.Bidding;

/// <summary>Reads blobs one after another as one stream, opening each only when the previous one is done.</summary>
public sealed class ChunkedBlobStream(IBlobStore blobs, IReadOnlyList<string> chunks) : Stream
{
    private int next;
    private Stream? current;

    /// <inheritdoc />
    public override async ValueTask<int> ReadAsync(Memory<byte> buffer, CancellationToken cancellationToken = default)
    {
        while (true)
        {
            if (current is null)
            {
                if (next == chunks.Count) return 0;
                current = await blobs.OpenReadAsync(chunks[next++], cancellationToken)
                          ?? throw new IOException($"Upload chunk {chunks[next - 1]} is missing from the blob store.");
            }

            var read = await current.ReadAsync(buffer, cancellationToken);
            if (read > 0) return read;
            await current.DisposeAsync();
            current = null;
        }
    }

    /// <inheritdoc />
    public override int Read(byte[] buffer, int offset, int count) => ReadAsync(buffer.AsMemory(offset, count)).AsTask().GetAwaiter().GetResult();

    /// <inheritdoc />
    public override bool CanRead => true;

    /// <inheritdoc />
    public override bool CanSeek => false;

    /// <inheritdoc />
    public override bool CanWrite => false;

    /// <inheritdoc />
    public override long Length => throw new NotSupportedException();

    /// <inheritdoc />
    public override long Position { get => throw new NotSupportedException(); set => throw new NotSupportedException(); }

    /// <inheritdoc />
    public override void Flush() { }

    /// <inheritdoc />
    public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

    /// <inheritdoc />
    public override void SetLength(long value) => throw new NotSupportedException();

    /// <inheritdoc />
    public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();

    /// <inheritdoc />
    protected override void Dispose(bool disposing)
    {
        if (disposing) current?.Dispose();
        base.Dispose(disposing);
    }
}
