using TenderHall.Crypto.Evidence;
using TenderHall.Grains.Contracts.Award;
using TenderHall.Grains.Contracts.Transparency;

namespace TenderHall.Api.Award;

/// <summary>A tender's log entries with their inclusion proofs against signed checkpoints, for the archive and the certificate.</summary>
public sealed class TenderLogAnchors(IGrainFactory grains, ILogStore store)
{
    /// <summary>Every entry the tender published, in index order, each proved against the latest checkpoint covering it.</summary>
    public async Task<IReadOnlyList<LogAnchor>> All(string tenderId, CancellationToken cancellationToken)
    {
        var anchors = new List<LogAnchor>();
        foreach (var index in await grains.GetGrain<ITenderAwardGrain>(tenderId).LogIndexes())
            anchors.Add(await One(index, cancellationToken));
        return anchors;
    }

    /// <summary>The leaves of the tender's entries without proofs (for finding which entry names which record).</summary>
    public async Task<IReadOnlyList<StoredLeaf>> Leaves(string tenderId, CancellationToken cancellationToken)
    {
        var leaves = new List<StoredLeaf>();
        foreach (var index in await grains.GetGrain<ITenderAwardGrain>(tenderId).LogIndexes())
            leaves.AddRange(await store.ReadRangeAsync(index, index + 1, cancellationToken));
        return leaves;
    }

    private async Task<LogAnchor> One(long index, CancellationToken cancellationToken)
    {
        var inclusion = await grains.GetGrain<ILogSequencerGrain>(0).Inclusion(index);
        var leaf = (await store.ReadRangeAsync(index, index + 1, cancellationToken)).Single();
        return new LogAnchor(index, leaf.Data, inclusion.Hashes, inclusion.Checkpoint);
    }
}
