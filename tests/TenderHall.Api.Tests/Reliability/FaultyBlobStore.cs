using TenderHall.Grains.Storage.Blobs;
using TenderHall.Grains.Contracts.Blobs;

namespace TenderHall.Api.Tests.Reliability;

/// <summary>A blob store that passes everything to the real one, failing the puts and stagings <see cref="StorageFaults"/> names.</summary>
public sealed class FaultyBlobStore(IBlobStore inner, StorageFaults faults) : IBlobStore
{
    /// <inheritdoc />
    public async Task<BlobRef> PutAsync(Stream content, CancellationToken ct)
    {
        faults.Check("blob/", committed: false);
        var stored = await inner.PutAsync(content, ct);
        faults.Check("blob/", committed: true);
        return stored;
    }

    /// <inheritdoc />
    public async Task<BlobRef> StageAsync(Stream content, DateTimeOffset stagedAt, CancellationToken ct)
    {
        faults.Check("blob/", committed: false);
        var stored = await inner.StageAsync(content, stagedAt, ct);
        faults.Check("blob/", committed: true);
        return stored;
    }

    /// <inheritdoc />
    public Task AcceptAsync(string sha256Hex, CancellationToken ct) => inner.AcceptAsync(sha256Hex, ct);

    /// <inheritdoc />
    public Task<int> SweepStagedAsync(DateTimeOffset stagedBefore, CancellationToken ct) => inner.SweepStagedAsync(stagedBefore, ct);

    /// <inheritdoc />
    public Task<Stream?> OpenReadAsync(string sha256Hex, CancellationToken ct) => inner.OpenReadAsync(sha256Hex, ct);

    /// <inheritdoc />
    public Task<bool> ExistsAsync(string sha256Hex, CancellationToken ct) => inner.ExistsAsync(sha256Hex, ct);

    /// <inheritdoc />
    public Task<BlobRef?> StatAsync(string sha256Hex, CancellationToken ct) => inner.StatAsync(sha256Hex, ct);

    /// <inheritdoc />
    public Task<BlobVerification> VerifyAsync(string sha256Hex, CancellationToken ct) => inner.VerifyAsync(sha256Hex, ct);
}
