namespace TenderHall.Crypto.Tests.Envelopes;

/// <summary>A stream over <paramref name="data"/> whose reads and writes fail once <paramref name="failAfter"/> bytes have passed, as a broken disk or connection does.</summary>
internal sealed class FailingStream(byte[] data, long failAfter) : Stream
{
    private long position;

    /// <summary>Bytes written before the failure.</summary>
    public long Written { get; private set; }

    public override bool CanRead => true;
    public override bool CanSeek => false;
    public override bool CanWrite => true;
    public override long Length => throw new NotSupportedException();
    public override long Position { get => position; set => throw new NotSupportedException(); }

    public override int Read(byte[] buffer, int offset, int count)
    {
        var n = (int)Math.Min(count, data.Length - position);
        if (position + n > failAfter)
            throw new IOException("The device failed.");
        Array.Copy(data, position, buffer, offset, n);
        position += n;
        return n;
    }

    public override void Write(byte[] buffer, int offset, int count)
    {
        if (Written + count > failAfter)
            throw new IOException("The device failed.");
        Written += count;
    }

    public override void Flush()
    {
    }

    public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();
    public override void SetLength(long value) => throw new NotSupportedException();
}
