using System.Collections.Concurrent;
using System.Security.Cryptography;

namespace TenderHall.Crypto.Envelopes;

/// <summary>
/// Encrypts an envelope's segments on the thread pool and hashes their frames in order as they finish. The envelope's
/// SHA-256 is sequential: whichever thread finishes a segment hashes every frame that is ready in order, one thread at a
/// time (a signal counter elects it), so hashing runs beside encryption on every core instead of between batches.
/// </summary>
internal sealed class SealPipeline(SegmentCipher cipher, EnvelopeHeader header, IncrementalHash hash)
{
    private readonly ConcurrentQueue<SealSlot> toHash = new();
    private readonly TaskScheduler workers = SegmentWorkers.For(cipher);
    private int signals;

    /// <summary>Starts sealing <paramref name="slot"/> as segment <paramref name="index"/>; its <see cref="SealSlot.Hashed"/> completes once its frame is in the hash.</summary>
    /// <returns>The encryption's task (it never faults: a failure goes to <see cref="SealSlot.Hashed"/>).</returns>
    public Task Start(SealSlot slot, uint index, bool final)
    {
        slot.Prepare();
        toHash.Enqueue(slot);
        void Work()
        {
            try
            {
                slot.Encrypt(cipher, header, index, final);
                slot.Encrypted = true;
                Signal();
            }
            catch (Exception e)
            {
                slot.Fail(e);
            }
        }

        // A cipher that takes one segment at a time (AES-GCM, BouncyCastle) has one worker: its segments run one after another.
        return Task.Factory.StartNew(Work, CancellationToken.None, TaskCreationOptions.None, workers);
    }

    // The thread that raises the counter from zero hashes; a signal that arrives meanwhile makes it look again.
    private void Signal()
    {
        if (Interlocked.Increment(ref signals) != 1)
            return;
        do
        {
            while (toHash.TryPeek(out var slot) && slot.Encrypted)
            {
                toHash.TryDequeue(out _);
                hash.AppendData(slot.Frame.AsSpan(0, slot.FrameLength));
                slot.Done();
            }
        }
        while (Interlocked.Decrement(ref signals) != 0);
    }
}
