using System.Buffers.Binary;

namespace TenderHall.Crypto.Envelopes;

/// <summary>Reads segment frame words (u32: bit 31 final flag, bits 0-30 plaintext length) with the structural checks shared by open and validate.</summary>
internal static class SegmentFrames
{
    public static async Task<(int Length, bool Final)> ReadFrameAsync(Stream envelope, byte[] word, EnvelopeHeader header, uint index, CancellationToken cancellationToken)
    {
        if (await envelope.ReadAtLeastAsync(word, word.Length, false, cancellationToken) < word.Length)
            throw new EnvelopeException(EnvelopeErrorCodes.Truncated, $"The envelope ends before its final segment (after {index} segments).");
        var value = BinaryPrimitives.ReadUInt32BigEndian(word);
        var final = (value & SealedEnvelope.FinalFlag) != 0;
        var length = (long)(value & ~SealedEnvelope.FinalFlag);
        if (length > header.SegmentSize)
            throw new EnvelopeException(EnvelopeErrorCodes.Segment, $"Segment {index} claims {length} bytes, more than the segment size {header.SegmentSize}.");
        if (!final && length != header.SegmentSize)
            throw new EnvelopeException(EnvelopeErrorCodes.Segment, $"Non-final segment {index} holds {length} bytes; every non-final segment holds exactly {header.SegmentSize}.");
        // Only an empty plaintext is sealed as an empty final segment; anything else has a non-empty last segment.
        if (final && length == 0 && index > 0)
            throw new EnvelopeException(EnvelopeErrorCodes.Segment, $"Final segment {index} is empty.");
        return ((int)length, final);
    }

    public static async Task ExpectEndAsync(Stream envelope, CancellationToken cancellationToken)
    {
        var probe = new byte[1];
        if (await envelope.ReadAsync(probe, cancellationToken) != 0)
            throw new EnvelopeException(EnvelopeErrorCodes.Trailing, "Bytes follow the final segment.");
    }
}
