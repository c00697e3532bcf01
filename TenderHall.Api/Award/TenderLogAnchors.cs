using TenderHall.Crypto.Evidence;
using TenderHall.Grains.Contracts.Award;
using TenderHall.Grains.Contracts.Bidding;
using TenderHall.Grains.Contracts.Experts;
using TenderHall.Grains.Contracts.Opening;
using TenderHall.Grains.Contracts.Transparency;

namespace TenderHall.Api.Award;

/// <summary>
/// A tender's log entries with their inclusion proofs against signed checkpoints, for the archive and the certificate: the
/// tender's own, its expert draw's, and the <c>bid.received</c> entries of the bids opened.
/// </summary>
public sealed class TenderLogAnchors(IGrainFactory grains, ILogStore store)
{
    /// <summary>Every entry, in index order, each proved against the latest checkpoint covering it.</summary>
    public async Task<IReadOnlyList<LogAnchor>> All(string tenderId, CancellationToken cancellationToken)
    {
        var anchors = new List<LogAnchor>();
        foreach (var index in await Indexes(tenderId))
            anchors.Add(await One(index, cancellationToken));
        return anchors;
    }

    /// <summary>The leaves of the entries without proofs (for finding which entry names which record).</summary>
    public async Task<IReadOnlyList<StoredLeaf>> Leaves(string tenderId, CancellationToken cancellationToken)
    {
        var leaves = new List<StoredLeaf>();
        foreach (var index in await Indexes(tenderId))
            leaves.AddRange(await store.ReadRangeAsync(index, index + 1, cancellationToken));
        return leaves;
    }

    /// <summary>The receipts of the bids the opening record lists, in its order (a bid whose receipt was never kept has none).</summary>
    public async Task<IReadOnlyList<BidReceipt>> Receipts(string tenderId)
    {
        var receipts = new List<BidReceipt>();
        foreach (var row in (await grains.GetGrain<IOpeningSessionGrain>(tenderId).Get()).Rows)
            if (await grains.GetGrain<IBidReceiptsGrain>($"{tenderId}/{row.BidderId}").Of(row.EnvelopeSha256) is { } receipt)
                receipts.Add(receipt);
        return receipts;
    }

    private async Task<List<long>> Indexes(string tenderId)
    {
        var tender = await grains.GetGrain<ITenderAwardGrain>(tenderId).LogIndexes();
        var draw = await grains.GetGrain<IExpertDrawGrain>(tenderId).LogIndexes();
        var bids = (await Receipts(tenderId)).Select(r => r.Index);
        return [.. tender.Concat(draw).Concat(bids).Distinct().Order()];
    }

    private async Task<LogAnchor> One(long index, CancellationToken cancellationToken)
    {
        var inclusion = await grains.GetGrain<ILogSequencerGrain>(0).Inclusion(index);
        var leaf = (await store.ReadRangeAsync(index, index + 1, cancellationToken)).Single();
        return new LogAnchor(index, leaf.Data, inclusion.Hashes, inclusion.Checkpoint);
    }
}
