namespace TenderHall.Grains.Tests.Blobs;

/// <summary>Passes reads through and cancels a token once a number of bytes went by, as a client hanging up mid-upload.</summary>
public sealed class CancellingStream(Stream inner, long cancelAfterBytes, CancellationTokenSource cancellation) : Stream
{
    private long served;

    public override bool CanRead => true;

    public override bool CanSeek => false;

    public override bool CanWrite => false;

    public override long Length => throw new NotSupportedException();

    public override long Position
    {
        get => throw new NotSupportedException();
        set => throw new NotSupportedException();
    }

    public override int Read(byte[] buffer, int offset, int count) => Read(buffer.AsSpan(offset, count));

    public override int Read(Span<byte> buffer)
    {
        var read = inner.Read(buffer);
        served += read;
        if (served >= cancelAfterBytes)
        {
            cancellation.Cancel();
        }

        return read;
    }

    // Deliberately ignores the token: the store itself must notice the cancellation.
    public override ValueTask<int> ReadAsync(Memory<byte> buffer, CancellationToken cancellationToken = default) =>
        ValueTask.FromResult(Read(buffer.Span));

    public override Task<int> ReadAsync(byte[] buffer, int offset, int count, CancellationToken cancellationToken) =>
        ReadAsync(buffer.AsMemory(offset, count), cancellationToken).AsTask();

    public override void Flush()
    {
    }

    public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

    public override void SetLength(long value) => throw new NotSupportedException();

    public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();
}
