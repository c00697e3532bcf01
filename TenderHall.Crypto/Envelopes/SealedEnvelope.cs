using System.Buffers;
using System.Buffers.Binary;
using System.Security.Cryptography;
using TenderHall.Crypto.KeyWrap;

namespace TenderHall.Crypto.Envelopes;

/// <summary>Seals and opens envelopes as streams: header, then authenticated segments; memory use is two segments whatever the bid size.</summary>
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
        var current = ArrayPool<byte>.Shared.Rent(size);
        var next = ArrayPool<byte>.Shared.Rent(size);
        var sealedBuffer = ArrayPool<byte>.Shared.Rent(FrameLength + size + SegmentCipher.TagLength);
        try
        {
            long length = header.Encoded.Length;
            hash.AppendData(header.Encoded);
            await output.WriteAsync(header.Encoded, cancellationToken);

            var currentLength = await plaintext.ReadAtLeastAsync(current.AsMemory(0, size), size, false, cancellationToken);
            var nonce = new byte[SegmentCipher.NonceLength];
            for (uint index = 0; ; index = checked(index + 1))
            {
                // Read ahead one segment: a full segment is final only when nothing follows it.
                var nextLength = currentLength == size
                    ? await plaintext.ReadAtLeastAsync(next.AsMemory(0, size), size, false, cancellationToken)
                    : 0;
                var final = nextLength == 0;
                SegmentCipher.BuildNonce(header.NoncePrefix, index, final, nonce);
                BinaryPrimitives.WriteUInt32BigEndian(sealedBuffer, (uint)currentLength | (final ? FinalFlag : 0));
                var frame = sealedBuffer.AsMemory(0, FrameLength + currentLength + SegmentCipher.TagLength);
                cipher.Encrypt(nonce, current.AsSpan(0, currentLength), frame.Span[FrameLength..], header.AssociatedData);
                hash.AppendData(frame.Span);
                await output.WriteAsync(frame, cancellationToken);
                length += frame.Length;
                if (final)
                    return new SealedEnvelopeInfo(header, hash.GetHashAndReset(), length);
                (current, next, currentLength) = (next, current, nextLength);
            }
        }
        finally
        {
            ReturnCleared(current, size);
            ReturnCleared(next, size);
            ArrayPool<byte>.Shared.Return(sealedBuffer);
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

        // One set of pooled buffers per open, never per segment. AES-GCM decrypts in place, keeping the working set to one
        // segment; measured, this beats overlapping reads and decryption on the thread pool (hand-off costs more than it saves).
        using var slot = new SegmentSlot(header.SegmentSize, cipher.DecryptsInPlace);
        var nonce = new byte[SegmentCipher.NonceLength];
        for (uint index = 0; ; index = checked(index + 1))
        {
            var (length, final) = await ReadSegmentAsync(envelope, slot, header, index, cancellationToken);
            SegmentCipher.BuildNonce(header.NoncePrefix, index, final, nonce);
            if (!cipher.TryDecrypt(nonce, slot.Sealed.AsSpan(0, length + SegmentCipher.TagLength), slot.Plain.AsSpan(0, length), header.AssociatedData))
                throw new EnvelopeException(EnvelopeErrorCodes.Authentication, $"Segment {index} fails authentication: the envelope was altered, reordered or spliced.");
            await output.WriteAsync(slot.Plain.AsMemory(0, length), cancellationToken);
            if (final)
            {
                await SegmentFrames.ExpectEndAsync(envelope, cancellationToken);
                return header;
            }
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

    private static void ReturnCleared(byte[] buffer, int length)
    {
        CryptographicOperations.ZeroMemory(buffer.AsSpan(0, length));
        ArrayPool<byte>.Shared.Return(buffer);
    }
}
