using TenderHall.Grains.Contracts.Bidding;

namespace TenderHall.Grains.Bidding;

/// <summary>
/// Group commit for the bid boxes, per silo: while a tender's box writes one batch, the acceptances that arrive for it
/// wait here and go as the next batch, one grain call and one state write for all of them. A lone bid goes at once; at
/// the deadline, hundreds of bidders share a few writes instead of queuing for one each (docs/performance.md). The box
/// stays one non-reentrant grain, so its rules run one acceptance after another exactly as before; each bidder gets its
/// own outcome, and a failed write fails its whole batch (503, nothing promised).
/// </summary>
public sealed class BidBoxBatches(IGrainFactory grains)
{
    /// <summary>The most acceptances in one write: bounds the grain message and the time a batch holds the box.</summary>
    public const int MaxBatch = 256;

    private readonly Lock gate = new();
    private readonly Dictionary<string, List<Waiting>> queues = new(StringComparer.Ordinal);

    /// <summary>Counts <paramref name="acceptance"/> in <paramref name="tenderId"/>'s box with the next batch; answers once it is durable.</summary>
    public Task<AcceptedBid> Accept(string tenderId, BidAcceptance acceptance)
    {
        var waiting = new Waiting(acceptance);
        bool first;
        lock (gate)
        {
            first = !queues.TryGetValue(tenderId, out var queue);
            if (first) queues[tenderId] = queue = [];
            queue!.Add(waiting);
        }

        if (first) _ = Drain(tenderId);
        return waiting.Answer.Task;
    }

    // One drain per tender at a time: it sends what has queued, and again when that is answered, until nothing waits.
    private async Task Drain(string tenderId)
    {
        while (true)
        {
            List<Waiting> batch;
            lock (gate)
            {
                var queue = queues[tenderId];
                if (queue.Count == 0)
                {
                    queues.Remove(tenderId);
                    return;
                }

                batch = queue[..Math.Min(queue.Count, MaxBatch)];
                queue.RemoveRange(0, batch.Count);
            }

            try
            {
                var outcomes = await grains.GetGrain<IBidBoxGrain>(tenderId).Accept([.. batch.Select(w => w.Acceptance)]);
                for (var i = 0; i < batch.Count; i++)
                {
                    try
                    {
                        batch[i].Answer.TrySetResult(outcomes[i].Result());
                    }
                    catch (Exception refusal)
                    {
                        batch[i].Answer.TrySetException(refusal);
                    }
                }
            }
            catch (Exception failure)
            {
                foreach (var waiting in batch) waiting.Answer.TrySetException(failure);
            }
        }
    }

    private sealed class Waiting(BidAcceptance acceptance)
    {
        public BidAcceptance Acceptance { get; } = acceptance;
        public TaskCompletionSource<AcceptedBid> Answer { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);
    }
}
