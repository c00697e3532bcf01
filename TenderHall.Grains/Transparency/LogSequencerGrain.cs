using Microsoft.Extensions.Logging;
using TenderHall.Crypto.Merkle;
using TenderHall.Crypto.Notes;
using TenderHall.Grains.Contracts.Rules;
using TenderHall.Grains.Contracts.Transparency;

namespace TenderHall.Grains.Transparency;

/// <summary>
/// The log's single writer. Leaves live in the database, never in grain state: on activation the Merkle tree is rebuilt
/// from the stored leaf hashes and checked against the last signed checkpoint. Appends are not interleaved with each
/// other (indexes stay consecutive); proofs interleave, reading the tree between appends.
/// </summary>
[GrainType("th-log-sequencer"), Storage.OwnWritePolicy]
public sealed partial class LogSequencerGrain(ILogStore store, LogSequencerSettings settings, ILogger<LogSequencerGrain> logger)
    : Grain, ILogSequencerGrain
{
    private static readonly TimeSpan InclusionWait = TimeSpan.FromSeconds(2);
    private readonly MerkleLog tree = new();
    private StoredCheckpoint? latest;
    private TaskCompletionSource nextCheckpoint = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private IGrainTimer? early;
    private long publishedAtTicks;

    /// <inheritdoc />
    public override async Task OnActivateAsync(CancellationToken cancellationToken)
    {
        await foreach (var leaf in store.ReadLeafHashesAsync(cancellationToken))
        {
            if (leaf.Index != tree.Size)
                throw new InvalidOperationException($"The stored transparency log has no leaf {tree.Size} (next stored is {leaf.Index}); appending would fork it. Run verify-log.");
            tree.Append(leaf.LeafHash);
        }

        latest = await store.LatestCheckpointAsync(cancellationToken);
        if (latest is not null)
        {
            // Refuse to continue a log that no longer matches what was signed: new checkpoints would contradict the old ones.
            var signed = Checkpoint.Parse(SignedNote.Parse(latest.SignedNote).Text);
            if (signed.Size > tree.Size || !tree.Root(signed.Size).AsSpan().SequenceEqual(signed.RootHash))
                throw new InvalidOperationException($"The stored transparency log does not match its signed checkpoint of {signed.Size} leaves. Run verify-log.");
        }

        LogActivated(logger, tree.Size, latest?.TreeSize ?? 0);
        await PublishCheckpoint();
        this.RegisterGrainTimer(PublishCheckpoint, new GrainTimerCreationOptions(settings.CheckpointInterval, settings.CheckpointInterval) { KeepAlive = true });
    }

    /// <inheritdoc />
    public override async Task OnDeactivateAsync(DeactivationReason reason, CancellationToken cancellationToken)
    {
        if (reason.ReasonCode != DeactivationReasonCode.ApplicationError) await PublishCheckpoint();
    }

    /// <inheritdoc />
    public async Task<long> Append(IReadOnlyList<byte[]> leaves)
    {
        var first = tree.Size;
        var hashes = leaves.Select(l => MerkleHash.Leaf(l)).ToList();
        try
        {
            await store.AppendAsync(first, leaves, hashes);
        }
        catch (Exception)
        {
            // The commit may or may not have happened (a lost acknowledgement): rebuild from the database rather than guess.
            DeactivateOnIdle();
            throw;
        }

        // Only committed leaves enter the tree, so no proof or checkpoint ever covers an event that could still be lost.
        foreach (var hash in hashes) tree.Append(hash);
        return first;
    }

    /// <inheritdoc />
    public Task<long> Size() => Task.FromResult(tree.Size);

    /// <inheritdoc />
    public Task<string> LatestCheckpoint() => Task.FromResult(latest!.SignedNote);

    /// <inheritdoc />
    public Task<IReadOnlyList<byte[]>> InclusionProof(long index, long treeSize)
    {
        if (treeSize < 1 || treeSize > tree.Size)
            throw RuleViolationException.Of("TLOG-RANGE", ("detail", $"treeSize must be between 1 and {tree.Size}"));
        if (index < 0 || index >= treeSize)
            throw RuleViolationException.Of("TLOG-RANGE", ("detail", "index must be at least 0 and below treeSize"));
        return Task.FromResult(tree.InclusionProof(index, treeSize));
    }

    /// <inheritdoc />
    public Task<IReadOnlyList<byte[]>> ConsistencyProof(long from, long to)
    {
        if (to < 0 || to > tree.Size)
            throw RuleViolationException.Of("TLOG-RANGE", ("detail", $"to must be between 0 and {tree.Size}"));
        if (from < 0 || from > to)
            throw RuleViolationException.Of("TLOG-RANGE", ("detail", "from must be between 0 and to"));
        return Task.FromResult(tree.ConsistencyProof(from, to));
    }

    /// <inheritdoc />
    public Task<long?> IndexOf(byte[] leafHash)
    {
        // Newest first: an outbox asks about events of its own recent past, so the scan ends early.
        for (var index = tree.Size - 1; index >= 0; index--)
            if (tree.LeafHash(index).AsSpan().SequenceEqual(leafHash)) return Task.FromResult<long?>(index);
        return Task.FromResult<long?>(null);
    }

    /// <inheritdoc />
    public async Task<LogInclusion> Inclusion(long index)
    {
        if (index < 0 || index >= tree.Size)
            throw RuleViolationException.Of("TLOG-RANGE", ("detail", $"index must be between 0 and {tree.Size - 1}"));
        // The timer publishes well within InclusionWait; waiting longer means the log cannot sign, which the caller must see.
        while (latest!.TreeSize <= index)
        {
            PublishSoon();
            await nextCheckpoint.Task.WaitAsync(InclusionWait);
        }
        var checkpoint = latest;
        return new LogInclusion
        {
            Index = index,
            LeafHash = tree.LeafHash(index),
            Checkpoint = checkpoint.SignedNote,
            Hashes = tree.InclusionProof(index, checkpoint.TreeSize),
        };
    }

    // A caller waits for a checkpoint (a receipt): sign one as soon as the least gap since the last allows, all such callers
    // sharing it, rather than at the next tick of the periodic timer.
    private void PublishSoon()
    {
        if (early is not null) return;
        var since = TimeSpan.FromMilliseconds(Environment.TickCount64 - publishedAtTicks);
        var due = settings.MinCheckpointGap > since ? settings.MinCheckpointGap - since : TimeSpan.Zero;
        early = this.RegisterGrainTimer(async () =>
        {
            var timer = early;
            early = null;
            timer?.Dispose();
            await PublishCheckpoint();
        }, new GrainTimerCreationOptions(due, Timeout.InfiniteTimeSpan));
    }

    private async Task PublishCheckpoint()
    {
        if (latest is not null && latest.TreeSize == tree.Size) return;
        var size = tree.Size;
        var text = new Checkpoint(settings.Origin, size, tree.Root(size)).Format();
        var note = SignedNote.Sign(text, settings.Signer).Format();
        await store.SaveCheckpointAsync(size, note);
        latest = new StoredCheckpoint(size, note);
        publishedAtTicks = Environment.TickCount64;
        var published = nextCheckpoint;
        nextCheckpoint = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        published.TrySetResult();
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Transparency log sequencer activated with {Size} leaves; last signed checkpoint covers {Checkpointed}")]
    private static partial void LogActivated(ILogger logger, long size, long checkpointed);
}
