using System.Threading.Channels;
using TenderHall.Crypto.Merkle;
using TenderHall.Grains.Contracts.Transparency;

namespace TenderHall.Grains.Transparency;

/// <summary>
/// The silo-local <see cref="ITransparencyLog"/>: appends from every caller in the silo queue here and go to the
/// sequencer in batches, one call in flight at a time, so a batch grows with load while the previous one commits. A
/// caller's task completes only after its batch committed.
/// </summary>
public sealed class TransparencyLogWriter : ITransparencyLog, IAsyncDisposable
{
    /// <summary>Largest batch sent in one sequencer call.</summary>
    public const int MaxBatch = 8192;

    private readonly Channel<Pending> queue = Channel.CreateUnbounded<Pending>(new UnboundedChannelOptions { SingleReader = true });
    private readonly IGrainFactory grains;
    private readonly CommitmentSalts salts;
    private readonly Task flushing;

    /// <summary>Starts the flush loop.</summary>
    public TransparencyLogWriter(IGrainFactory grains, CommitmentSalts salts)
    {
        this.grains = grains;
        this.salts = salts;
        flushing = Task.Run(FlushAsync);
    }

    /// <inheritdoc />
    /// <remarks>
    /// A secret event goes in as a commitment under its derived salt (<see cref="CommitmentSalts"/>) and an event with a
    /// network address without it (<see cref="SecretEvents"/>); the whole event and the salt go to the subject's private journal, once per batch and subject, before the receipt is
    /// returned. Cancelling stops the wait only: an event already queued may still be logged.
    /// </remarks>
    public Task<LogReceipt> AppendAsync(LogEvent logEvent, CancellationToken cancellationToken = default)
    {
        var salt = salts.For(logEvent);
        var leaf = LogEventJson.Encode(SecretEvents.PublicLeaf(logEvent, salt));
        var kept = salt is null && !logEvent.Data.ContainsKey(SecretEvents.AddressField)
            ? null
            : new PrivateLogEntry { Salt = salt is null ? null : Convert.ToBase64String(salt), Event = logEvent };
        var pending = new Pending(leaf, kept, new TaskCompletionSource<LogReceipt>(TaskCreationOptions.RunContinuationsAsynchronously));
        if (!queue.Writer.TryWrite(pending))
            throw new ObjectDisposedException(nameof(TransparencyLogWriter), "The transparency log is shutting down.");
        return pending.Receipt.Task.WaitAsync(cancellationToken);
    }

    /// <summary>Stops taking appends and waits until the queued ones are committed.</summary>
    public async ValueTask DisposeAsync()
    {
        queue.Writer.TryComplete();
        await flushing;
    }

    private async Task FlushAsync()
    {
        var sequencer = grains.GetGrain<ILogSequencerGrain>(0);
        var batch = new List<Pending>();
        while (await queue.Reader.WaitToReadAsync())
        {
            batch.Clear();
            while (batch.Count < MaxBatch && queue.Reader.TryRead(out var pending)) batch.Add(pending);
            try
            {
                var first = await sequencer.Append([.. batch.Select(p => p.Leaf)]);
                for (var i = 0; i < batch.Count; i++)
                    if (batch[i].Private is { } kept) kept.Index = first + i;
                // One private-journal write per subject and batch: a last-minute rush on one tender is one write, not hundreds.
                await Task.WhenAll(batch.Where(p => p.Private is not null).GroupBy(p => p.Private!.Event.Subject)
                    .Select(subject => grains.GetGrain<IPrivateJournalGrain>(subject.Key).Keep([.. subject.Select(p => p.Private!)])));
                for (var i = 0; i < batch.Count; i++)
                    batch[i].Receipt.TrySetResult(new LogReceipt(first + i, Convert.ToHexStringLower(MerkleHash.Leaf(batch[i].Leaf)), batch[i].Private?.Salt));
            }
            catch (Exception e)
            {
                foreach (var pending in batch) pending.Receipt.TrySetException(e);
            }
        }
    }

    private sealed record Pending(byte[] Leaf, PrivateLogEntry? Private, TaskCompletionSource<LogReceipt> Receipt);
}
