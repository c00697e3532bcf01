using System.Security.Cryptography;
using TenderHall.Grains.Contracts.Blobs;

namespace TenderHall.Grains.Storage.Blobs;

/// <summary>Read-only pass-through that hashes what is read and throws <see cref="BlobCorruptedException"/> at the end when the hash differs from the name.</summary>
internal sealed class HashVerifyingStream(Stream inner, string expectedSha256Hex) : ReadOnlyForwardStream
{
    private readonly IncrementalHash hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
    private string? actualSha256Hex;

    public override int Read(byte[] buffer, int offset, int count) => Read(buffer.AsSpan(offset, count));

    public override int Read(Span<byte> buffer)
    {
        var read = inner.Read(buffer);
        Observe(buffer[..read], buffer.Length);
        return read;
    }

    public override async ValueTask<int> ReadAsync(Memory<byte> buffer, CancellationToken cancellationToken = default)
    {
        var read = await inner.ReadAsync(buffer, cancellationToken);
        Observe(buffer.Span[..read], buffer.Length);
        return read;
    }

    protected override void Dispose(bool disposing)
    {
        if (disposing)
        {
            inner.Dispose();
            hash.Dispose();
        }

        base.Dispose(disposing);
    }

    public override async ValueTask DisposeAsync()
    {
        await inner.DisposeAsync();
        hash.Dispose();
        await base.DisposeAsync();
    }

    private void Observe(ReadOnlySpan<byte> read, int requested)
    {
        if (!read.IsEmpty)
        {
            hash.AppendData(read);
            return;
        }

        // A zero-byte request is not end of stream; only a real end of stream settles the hash.
        if (requested == 0)
        {
            return;
        }

        actualSha256Hex ??= BlobName.FromHash(hash.GetHashAndReset());

        // Thrown on every read at the end, so a caller that swallows the first one still cannot mistake the end for success.
        if (actualSha256Hex != expectedSha256Hex)
        {
            throw new BlobCorruptedException(expectedSha256Hex, actualSha256Hex);
        }
    }
}
