namespace TenderHall.Grains.Contracts.Transparency;

/// <summary>
/// Durable storage of the transparency log: leaves (<c>tenderhall_log_entries</c>) and signed checkpoints
/// (<c>tenderhall_log_checkpoints</c>). Only the sequencer writes; the API and verify-log read.
/// </summary>
public interface ILogStore
{
    /// <summary>Stores leaves <paramref name="firstIndex"/>.. with their leaf hashes in one transaction; fails if any index exists.</summary>
    Task AppendAsync(long firstIndex, IReadOnlyList<byte[]> leaves, IReadOnlyList<byte[]> leafHashes, CancellationToken cancellationToken = default);

    /// <summary>Stored leaf hashes in index order (what the sequencer rebuilds its tree from).</summary>
    IAsyncEnumerable<StoredLeaf> ReadLeafHashesAsync(CancellationToken cancellationToken = default);

    /// <summary>Stored leaves with data and hash in index order (what verify-log re-hashes).</summary>
    IAsyncEnumerable<StoredLeaf> ReadLeavesAsync(CancellationToken cancellationToken = default);

    /// <summary>Leaves with index in [<paramref name="start"/>, <paramref name="end"/>), in index order.</summary>
    Task<IReadOnlyList<StoredLeaf>> ReadRangeAsync(long start, long end, CancellationToken cancellationToken = default);

    /// <summary>Records a signed checkpoint of <paramref name="treeSize"/> leaves.</summary>
    Task SaveCheckpointAsync(long treeSize, string signedNote, CancellationToken cancellationToken = default);

    /// <summary>The checkpoint of the largest tree, or null before the first.</summary>
    Task<StoredCheckpoint?> LatestCheckpointAsync(CancellationToken cancellationToken = default);

    /// <summary>Every stored checkpoint, smallest tree first.</summary>
    IAsyncEnumerable<StoredCheckpoint> ReadCheckpointsAsync(CancellationToken cancellationToken = default);
}
