namespace TenderHall.Grains.Contracts.Transparency;

/// <summary>
/// The one writer of the transparency log (key 0): assigns indexes to batches of leaves, stores them durably, keeps the
/// Merkle tree in memory and publishes signed checkpoints. Callers reach it through the silo-local batching
/// <see cref="ITransparencyLog"/>, never once per event.
/// </summary>
public interface ILogSequencerGrain : IGrainWithIntegerKey
{
    /// <summary>Stores <paramref name="leaves"/> (canonical event bytes) in one transaction and returns the index of the first.</summary>
    Task<long> Append(IReadOnlyList<byte[]> leaves);

    /// <summary>Number of leaves committed.</summary>
    [Orleans.Concurrency.AlwaysInterleave]
    Task<long> Size();

    /// <summary>The latest signed checkpoint (C2SP signed note), publishing a first one when the log has none.</summary>
    [Orleans.Concurrency.AlwaysInterleave]
    Task<string> LatestCheckpoint();

    /// <summary>RFC 9162 inclusion proof of leaf <paramref name="index"/> in the tree of <paramref name="treeSize"/> leaves.</summary>
    [Orleans.Concurrency.AlwaysInterleave]
    Task<IReadOnlyList<byte[]>> InclusionProof(long index, long treeSize);

    /// <summary>RFC 9162 consistency proof between the trees of <paramref name="from"/> and <paramref name="to"/> leaves.</summary>
    [Orleans.Concurrency.AlwaysInterleave]
    Task<IReadOnlyList<byte[]>> ConsistencyProof(long from, long to);

    /// <summary>The index of the newest committed leaf with this RFC 6962 leaf hash, or null: how an outbox learns whether an event it may have sent is in the log.</summary>
    [Orleans.Concurrency.AlwaysInterleave]
    Task<long?> IndexOf(byte[] leafHash);

    /// <summary>Leaf <paramref name="index"/> with its inclusion proof against the latest signed checkpoint covering it, waiting for that checkpoint if needed.</summary>
    [Orleans.Concurrency.AlwaysInterleave]
    Task<LogInclusion> Inclusion(long index);
}
