using System.Security.Cryptography;

namespace TenderHall.Crypto.Envelopes;

/// <summary>Checks an envelope is well formed and addressed correctly without any key: what the platform runs before accepting a bid.</summary>
public static class EnvelopeValidator
{
    /// <summary>
    /// Parses the header, checks tender, opening-key id (and bidder when given), then walks every segment frame to the final one.
    /// Throws <see cref="EnvelopeException"/> with the first failing code; returns the header when all checks pass.
    /// </summary>
    public static async Task<EnvelopeHeader> ValidateAsync(Stream envelope, string expectedTenderId, ReadOnlyMemory<byte> openingKeyId, string? expectedBidderId = null, CancellationToken cancellationToken = default)
    {
        var header = await EnvelopeHeaderReader.ReadAsync(envelope, cancellationToken);
        if (!string.Equals(header.TenderId, expectedTenderId, StringComparison.Ordinal))
            throw new EnvelopeException(EnvelopeErrorCodes.Tender, $"The envelope is sealed for tender \"{header.TenderId}\", not \"{expectedTenderId}\".");
        if (expectedBidderId is not null && !string.Equals(header.BidderId, expectedBidderId, StringComparison.Ordinal))
            throw new EnvelopeException(EnvelopeErrorCodes.Bidder, $"The envelope names bidder \"{header.BidderId}\", not \"{expectedBidderId}\".");
        var opening = header.Recipient(RecipientRole.OpeningKey)!;
        if (!CryptographicOperations.FixedTimeEquals(opening.KeyId, openingKeyId.Span))
            throw new EnvelopeException(EnvelopeErrorCodes.Recipient, $"The envelope is wrapped to key {KeyId.ToHex(opening.KeyId)}, not to this tender's opening key {KeyId.ToHex(openingKeyId.Span)}.");

        var word = new byte[SealedEnvelope.FrameLength];
        for (uint index = 0; ; index = checked(index + 1))
        {
            var (length, final) = await SegmentFrames.ReadFrameAsync(envelope, word, header, index, cancellationToken);
            await SkipAsync(envelope, length + SegmentCipher.TagLength, index, cancellationToken);
            if (final)
            {
                await SegmentFrames.ExpectEndAsync(envelope, cancellationToken);
                return header;
            }
        }
    }

    private static async Task SkipAsync(Stream envelope, int count, uint index, CancellationToken cancellationToken)
    {
        if (envelope.CanSeek)
        {
            if (envelope.Length - envelope.Position < count)
                throw new EnvelopeException(EnvelopeErrorCodes.Truncated, $"The envelope ends inside segment {index}.");
            envelope.Seek(count, SeekOrigin.Current);
            return;
        }

        var buffer = new byte[Math.Min(count, 1 << 16)];
        while (count > 0)
        {
            var read = await envelope.ReadAsync(buffer.AsMemory(0, Math.Min(count, buffer.Length)), cancellationToken);
            if (read == 0)
                throw new EnvelopeException(EnvelopeErrorCodes.Truncated, $"The envelope ends inside segment {index}.");
            count -= read;
        }
    }
}
