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
        var batch = cipher.ConcurrentSegments;

        // batch segments are sealed at once, and one more is read ahead: a full segment is final only when nothing follows it.
        var plain = new byte[batch + 1][];
        var sealedFrames = new byte[batch][];
        var lengths = new int[batch + 1];
        for (var i = 0; i < plain.Length; i++)
            plain[i] = ArrayPool<byte>.Shared.Rent(size);
        for (var i = 0; i < sealedFrames.Length; i++)
            sealedFrames[i] = ArrayPool<byte>.Shared.Rent(FrameLength + size + SegmentCipher.TagLength);
        try
        {
            long length = header.Encoded.Length;
            hash.AppendData(header.Encoded);
            await output.WriteAsync(header.Encoded, cancellationToken);

            lengths[0] = await plaintext.ReadAtLeastAsync(plain[0].AsMemory(0, size), size, false, cancellationToken);
            var buffered = 1;
            var end = lengths[0] < size;
            for (uint index = 0; ; index = checked(index + (uint)batch))
            {
                while (!end && buffered <= batch)
                {
                    var read = await plaintext.ReadAtLeastAsync(plain[buffered].AsMemory(0, size), size, false, cancellationToken);
                    end = read < size;
                    if (read > 0)
                        lengths[buffered++] = read;
                }

                var count = Math.Min(buffered, batch);
                var final = end && count == buffered;
                SegmentCipher.ForEach(count, i =>
                {
                    var isFinal = final && i == count - 1;
                    BinaryPrimitives.WriteUInt32BigEndian(sealedFrames[i], (uint)lengths[i] | (isFinal ? FinalFlag : 0));
                    Span<byte> nonce = stackalloc byte[SegmentCipher.NonceLength];
                    SegmentCipher.BuildNonce(header.NoncePrefix, index + (uint)i, isFinal, nonce);
                    cipher.Encrypt(nonce, plain[i].AsSpan(0, lengths[i]), sealedFrames[i].AsSpan(FrameLength), header.AssociatedData);
                });
                for (var i = 0; i < count; i++)
                {
                    var frame = sealedFrames[i].AsMemory(0, FrameLength + lengths[i] + SegmentCipher.TagLength);
                    hash.AppendData(frame.Span);
                    await output.WriteAsync(frame, cancellationToken);
                    length += frame.Length;
                }

                if (final)
                    return new SealedEnvelopeInfo(header, hash.GetHashAndReset(), length);
                Shift(plain, lengths, count, buffered);
                buffered -= count;
            }
        }
        finally
        {
            foreach (var buffer in plain)
                ReturnCleared(buffer, size);
            foreach (var buffer in sealedFrames)
                ArrayPool<byte>.Shared.Return(buffer);
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

        // One set of pooled buffers per open, never per segment. AES-GCM decrypts in place, one segment at a time: measured,
        // that beats overlapping reads and decryption on the thread pool (hand-off costs more than it saves). SM4 is slower
        // per byte, so its segments are decrypted several at once, one per core.
        var batch = cipher.ConcurrentSegments;
        var slots = new SegmentSlot[batch];
        for (var i = 0; i < batch; i++)
            slots[i] = new SegmentSlot(header.SegmentSize, cipher.DecryptsInPlace);
        try
        {
            var lengths = new int[batch];
            var authentic = new bool[batch];
            for (uint index = 0; ; index = checked(index + (uint)batch))
            {
                var count = 0;
                var final = false;
                while (count < batch && !final)
                {
                    (lengths[count], final) = await ReadSegmentAsync(envelope, slots[count], header, index + (uint)count, cancellationToken);
                    count++;
                }

                SegmentCipher.ForEach(count, i =>
                {
                    Span<byte> nonce = stackalloc byte[SegmentCipher.NonceLength];
                    SegmentCipher.BuildNonce(header.NoncePrefix, index + (uint)i, final && i == count - 1, nonce);
                    authentic[i] = cipher.TryDecrypt(nonce, slots[i].Sealed.AsSpan(0, lengths[i] + SegmentCipher.TagLength), slots[i].Plain.AsSpan(0, lengths[i]), header.AssociatedData);
                });

                // Released in order, each only once it has authenticated.
                for (var i = 0; i < count; i++)
                {
                    if (!authentic[i])
                        throw new EnvelopeException(EnvelopeErrorCodes.Authentication, $"Segment {index + i} fails authentication: the envelope was altered, reordered or spliced.");
                    await output.WriteAsync(slots[i].Plain.AsMemory(0, lengths[i]), cancellationToken);
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
            foreach (var slot in slots)
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

    /// <summary>Moves the read-ahead segments (from <paramref name="count"/> to <paramref name="buffered"/>) to the front, rotating the buffers.</summary>
    private static void Shift(byte[][] plain, int[] lengths, int count, int buffered)
    {
        var done = plain[..count];
        Array.Copy(plain, count, plain, 0, plain.Length - count);
        done.CopyTo(plain, plain.Length - count);
        Array.Copy(lengths, count, lengths, 0, buffered - count);
    }

    private static void ReturnCleared(byte[] buffer, int length)
    {
        CryptographicOperations.ZeroMemory(buffer.AsSpan(0, length));
        ArrayPool<byte>.Shared.Return(buffer);
    }
}
