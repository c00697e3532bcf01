namespace TenderHall.Grains.Contracts.Blobs;

/// <summary>Content-addressed store for large immutable content (documents, sealed bids, recordings), keyed by SHA-256.</summary>
/// <remarks>Every method refuses a name that is not 64 lowercase hex digits with an <see cref="ArgumentException"/>.</remarks>
public interface IBlobStore
{
    /// <summary>Streams <paramref name="content"/> into the store and returns its address once it is durable; identical content is stored once.</summary>
    Task<BlobRef> PutAsync(Stream content, CancellationToken ct);

    /// <summary>
    /// Streams <paramref name="content"/> into the staging area of uploads not (yet) accepted, durably, and returns its
    /// address; it reads like any blob, and unless <see cref="AcceptAsync"/> keeps it, <see cref="SweepStagedAsync"/>
    /// deletes it once it is old. Content that is already an accepted blob stays accepted.
    /// </summary>
    Task<BlobRef> StageAsync(Stream content, DateTimeOffset stagedAt, CancellationToken ct);

    /// <summary>Keeps a staged blob for good (a bid the box is about to count); durable when it returns. Throws <see cref="IOException"/> when there is no such blob.</summary>
    Task AcceptAsync(string sha256Hex, CancellationToken ct);

    /// <summary>Deletes the staged blobs staged before <paramref name="stagedBefore"/> that were never accepted (refused bids, abandoned uploads); returns how many.</summary>
    Task<int> SweepStagedAsync(DateTimeOffset stagedBefore, CancellationToken ct);

    /// <summary>Opens the blob for reading, or null when absent; the stream throws <see cref="BlobCorruptedException"/> at its end when the bytes no longer match the name.</summary>
    /// <remarks>The check runs on the read that finds the end (returns 0), as CopyToAsync does: trust the bytes only after it.</remarks>
    Task<Stream?> OpenReadAsync(string sha256Hex, CancellationToken ct);

    /// <summary>Whether a blob with this hash is stored.</summary>
    Task<bool> ExistsAsync(string sha256Hex, CancellationToken ct);

    /// <summary>The stored blob's address and size, or null when absent.</summary>
    Task<BlobRef?> StatAsync(string sha256Hex, CancellationToken ct);

    /// <summary>Re-hashes the stored bytes and reports whether the blob is intact, corrupt or missing.</summary>
    Task<BlobVerification> VerifyAsync(string sha256Hex, CancellationToken ct);
}
