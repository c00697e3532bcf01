using TenderHall.Grains.Contracts.Blobs;
using TenderHall.Grains.Storage.Blobs;

namespace TenderHall.Grains.Bidding;

/// <summary>Reads blobs one after another as one stream, opening each only when the previous one is done.</summary>
public sealed class ChunkedBlobStream(IBlobStore blobs, IReadOnlyList<string> chunks) : ReadOnlyForwardStream
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
    protected override void Dispose(bool disposing)
    {
        if (disposing) current?.Dispose();
        base.Dispose(disposing);
    }
}
