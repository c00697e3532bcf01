using System.Buffers;
using System.Buffers.Binary;
using System.Security.Cryptography;
using TenderHall.Crypto.KeyWrap;

namespace TenderHall.Crypto.Envelopes;

/// <summary>Seals and opens envelopes as streams: header, then authenticated segments; memory use is a few segments (two per core for SM4) whatever the bid size.</summary>
public static class SealedEnvelope
{
    internal const int FrameLength = 4;
    internal const uint FinalFlag = 0x8000_0000;

    /// <summary>Seals <paramref name="plaintext"/> to the options' recipients and writes the envelope to <paramref name="output"/>.</summary>
    public static async Task<SealedEnvelopeInfo> SealAsync(Stream plaintext, Stream output, EnvelopeSealOptions options, CancellationToken cancellationToken = default)
    {
        var suite = options.OpeningKey.Suite;
        if (options.BidderKey is { } bidderKey && bidderKey.Suite != suite)
            throw new ArgumentException("The bidder key and the opening key belong to different suites.", nameof(options));
        if (options.SegmentSize is < EnvelopeHeader.MinSegmentSize or > EnvelopeHeader.MaxSegmentSize)
            throw new ArgumentOutOfRangeException(nameof(options), options.SegmentSize, "Segment size out of range.");

        var (contentKey, recipients) = ContentKeys.Create(options);
        var header = new EnvelopeHeader(suite, options.Policy, options.SegmentSize, RandomNumberGenerator.GetBytes(EnvelopeHeader.NoncePrefixLength), options.TenderId, options.BidderId, recipients);
        using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        using var cipher = SegmentCipher.Create(suite, contentKey);
        CryptographicOperations.ZeroMemory(contentKey);

        var size = options.SegmentSize;

        // Segments are sealed and hashed on the thread pool (SealPipeline), up to four times ConcurrentSegments + 1 at a
        // time (twice left the workers idle while the hash, which runs in order, caught up), while this thread reads ahead
        // and writes the hashed frames in order. One segment is read ahead: a full segment is final only when nothing
        // follows it.
        var pipeline = new SealPipeline(cipher, header, hash);
        var window = (4 * cipher.ConcurrentSegments) + 1;
        var inFlight = new Queue<(Task Work, SealSlot Slot)>(window);
        var free = new Stack<SealSlot>();
        SealSlot Take() => free.TryPop(out var slot) ? slot : new SealSlot(size, cipher.EncryptsInPlace);
        SealSlot? current = Take();
        SealSlot? next = null;
        try
        {
            long length = header.Encoded.Length;
            hash.AppendData(header.Encoded);
            await output.WriteAsync(header.Encoded, cancellationToken);

            await current.ReadAsync(plaintext, cancellationToken);
            for (uint index = 0; ; index = checked(index + 1))
            {
                var final = current.Length < size;
                if (!final)
                {
                    next = Take();
                    await next.ReadAsync(plaintext, cancellationToken);
                    final = next.Length == 0;
                }

                inFlight.Enqueue((pipeline.Start(current, index, final), current));
                current = null;
                while (inFlight.Count >= window || (final && inFlight.Count > 0))
                {
                    var done = inFlight.Peek().Slot;
                    await done.Hashed;
                    inFlight.Dequeue();
                    free.Push(done);
                    await output.WriteAsync(done.Frame.AsMemory(0, done.FrameLength), cancellationToken);
                    length += done.FrameLength;
                }

                if (final)
                    return new SealedEnvelopeInfo(header, hash.GetHashAndReset(), length);
                (current, next) = (next!, null);
            }
        }
        finally
        {
            // Segments still being sealed hold their buffers; those go back to the pool only once the work is done.
            foreach (var (work, slot) in inFlight)
            {
                await work;
                slot.Dispose();
            }

            current?.Dispose();
            next?.Dispose();
            foreach (var slot in free)
                slot.Dispose();
        }
    }

    /// <summary>
    /// Opens an envelope with the keys its policy needs and writes the plaintext to <paramref name="output"/>.
    /// Segments are released as they authenticate; if this throws, discard everything written (truncation shows only at the end).
    /// </summary>
    public static async Task<EnvelopeHeader> OpenAsync(Stream envelope, Stream output, IReadOnlyList<EncryptionKeyPair> keys, CancellationToken cancellationToken = default)
    {
        var header = await EnvelopeHeaderReader.ReadAsync(envelope, cancellationToken);
        return await OpenBodyAsync(header, ContentKeys.Recover(header, keys), envelope, output, cancellationToken);
    }

    /// <summary>
    /// Opens a bidder-and-quorum envelope with the rebuilt opening key and the part the bidder unwrapped itself
    /// (<see cref="BidderPartAsync"/>), so the bidder never hands over its private key.
    /// </summary>
    public static async Task<EnvelopeHeader> OpenAsync(Stream envelope, Stream output, EncryptionKeyPair openingKey, ReadOnlyMemory<byte> bidderPart, CancellationToken cancellationToken = default)
    {
        var header = await EnvelopeHeaderReader.ReadAsync(envelope, cancellationToken);
        return await OpenBodyAsync(header, ContentKeys.Recover(header, openingKey, bidderPart.Span), envelope, output, cancellationToken);
    }

    /// <summary>The bidder's part of a bidder-and-quorum envelope's content key, unwrapped with the bidder's own key.</summary>
    public static async Task<byte[]> BidderPartAsync(Stream envelope, EncryptionKeyPair bidderKey, CancellationToken cancellationToken = default) =>
        ContentKeys.BidderPart(await EnvelopeHeaderReader.ReadAsync(envelope, cancellationToken), bidderKey);

    private static async Task<EnvelopeHeader> OpenBodyAsync(EnvelopeHeader header, byte[] contentKey, Stream envelope, Stream output, CancellationToken cancellationToken)
    {
        using var cipher = SegmentCipher.Create(header.Suite, contentKey);
        CryptographicOperations.ZeroMemory(contentKey);

        // Pooled buffers, a few per open, never one per segment. AES-GCM decrypts in place, one segment at a time on this
        // thread: measured, that beats handing segments to the thread pool (the hand-off costs more than it saves). SM4 is
        // slower per byte: its segments are decrypted on the pool, up to twice ConcurrentSegments at a time with no barrier
        // between them, while this thread reads ahead and releases the finished ones in order.
        var concurrent = cipher.ConcurrentSegments > 1;
        var window = concurrent ? (2 * cipher.ConcurrentSegments) + 1 : 1;
        var workers = concurrent ? SegmentWorkers.For(cipher) : null;
        var inFlight = new Queue<(Task<bool> Work, SegmentSlot Slot, int Length, uint Index)>(window);
        var free = new Stack<SegmentSlot>();
        SegmentSlot? reading = null;
        try
        {
            for (uint index = 0; ; index = checked(index + 1))
            {
                reading = free.TryPop(out var slot) ? slot : new SegmentSlot(header.SegmentSize, cipher.DecryptsInPlace);
                var (length, final) = await ReadSegmentAsync(envelope, reading, header, index, cancellationToken);
                var (segment, open) = (index, reading);
                bool Decrypt()
                {
                    Span<byte> nonce = stackalloc byte[SegmentCipher.NonceLength];
                    SegmentCipher.BuildNonce(header.NoncePrefix, segment, final, nonce);
                    return cipher.TryDecrypt(nonce, open.Sealed.AsSpan(0, length + SegmentCipher.TagLength), open.Plain.AsSpan(0, length), header.AssociatedData);
                }

                inFlight.Enqueue((workers is null ? Task.FromResult(Decrypt()) : Task.Factory.StartNew(Decrypt, cancellationToken, TaskCreationOptions.None, workers), reading, length, index));
                reading = null;

                // Released in order, each only once it has authenticated.
                while (inFlight.Count >= window || (final && inFlight.Count > 0))
                {
                    var (work, done, doneLength, doneIndex) = inFlight.Peek();
                    var authentic = await work;
                    inFlight.Dequeue();
                    free.Push(done);
                    if (!authentic)
                        throw new EnvelopeException(EnvelopeErrorCodes.Authentication, $"Segment {doneIndex} fails authentication: the envelope was altered, reordered or spliced.");
                    await output.WriteAsync(done.Plain.AsMemory(0, doneLength), cancellationToken);
                }

                if (final)
                {
                    await SegmentFrames.ExpectEndAsync(envelope, cancellationToken);
                    return header;
                }
            }
        }
        finally
        {
            // Segments still being decrypted hold their buffers; those are wiped and pooled only once the work is done.
            foreach (var (work, slot, _, _) in inFlight)
            {
                await work.ContinueWith(static _ => { }, CancellationToken.None, TaskContinuationOptions.ExecuteSynchronously, TaskScheduler.Default);
                slot.Dispose();
            }

            reading?.Dispose();
            foreach (var slot in free)
                slot.Dispose();
        }
    }

    private static async Task<(int Length, bool Final)> ReadSegmentAsync(Stream envelope, SegmentSlot slot, EnvelopeHeader header, uint index, CancellationToken cancellationToken)
    {
        var (length, final) = await SegmentFrames.ReadFrameAsync(envelope, slot.FrameWord, header, index, cancellationToken);
        var body = slot.Sealed.AsMemory(0, length + SegmentCipher.TagLength);
        if (await envelope.ReadAtLeastAsync(body, body.Length, false, cancellationToken) < body.Length)
            throw new EnvelopeException(EnvelopeErrorCodes.Truncated, $"The envelope ends inside segment {index}.");
        return (length, final);
    }
}
