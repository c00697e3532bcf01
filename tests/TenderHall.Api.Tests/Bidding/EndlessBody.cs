using TenderHall.Grains.Storage.Blobs;

namespace TenderHall.Api.Tests.Bidding;

/// <summary>A request body that never ends: a server that reads it before refusing never answers, so an answer proves it was not read.</summary>
internal sealed class EndlessBody : ReadOnlyForwardStream
{
    /// <inheritdoc />
    public override ValueTask<int> ReadAsync(Memory<byte> buffer, CancellationToken cancellationToken = default)
    {
        cancellationToken.ThrowIfCancellationRequested();
        buffer.Span.Fill(0x5A);
        return ValueTask.FromResult(buffer.Length);
    }
}
