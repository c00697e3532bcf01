using System.Buffers.Binary;

namespace TenderHall.Grains.Tests.Blobs;

/// <summary>A read-only stream of pseudo-random bytes generated on the fly: any length, no memory, same bytes for the same seed.</summary>
public sealed class SeededStream(ulong seed, long length) : Stream
{
    private long position;

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
        var count = (int)Math.Min(buffer.Length, length - position);
        for (var i = 0; i < count;)
        {
            // Each byte depends only on its position, so the content is the same whatever the read sizes.
            var at = position + i;
            var offset = (int)(at & 7);
            var value = Mix((seed * 0x9E3779B97F4A7C15) + (ulong)(at >> 3));
            var take = Math.Min(8 - offset, count - i);
            if (take == 8)
            {
                BinaryPrimitives.WriteUInt64LittleEndian(buffer[i..], value);
            }
            else
            {
                for (var k = 0; k < take; k++)
                {
                    buffer[i + k] = (byte)(value >> (8 * (offset + k)));
                }
            }

            i += take;
        }

        position += count;
        return count;
    }

    public override ValueTask<int> ReadAsync(Memory<byte> buffer, CancellationToken cancellationToken = default)
    {
        cancellationToken.ThrowIfCancellationRequested();
        return ValueTask.FromResult(Read(buffer.Span));
    }

    public override Task<int> ReadAsync(byte[] buffer, int offset, int count, CancellationToken cancellationToken) =>
        ReadAsync(buffer.AsMemory(offset, count), cancellationToken).AsTask();

    public override void Flush()
    {
    }

    public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

    public override void SetLength(long value) => throw new NotSupportedException();

    public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();

    // SplitMix64's finalizer: cheap, and every output bit depends on every input bit.
    private static ulong Mix(ulong z)
    {
        z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9;
        z = (z ^ (z >> 27)) * 0x94D049BB133111EB;
        return z ^ (z >> 31);
    }
}
