using System.Buffers.Binary;
using System.Text;
using TenderHall.Crypto.KeyWrap;

namespace TenderHall.Crypto.Envelopes;

/// <summary>Reads and strictly parses an envelope header from the start of a stream.</summary>
internal static class EnvelopeHeaderReader
{
    private static readonly UTF8Encoding StrictUtf8 = new(false, true);

    public static async Task<EnvelopeHeader> ReadAsync(Stream envelope, CancellationToken cancellationToken)
    {
        var preamble = new byte[EnvelopeHeader.PreambleLength];
        var read = await envelope.ReadAtLeastAsync(preamble, preamble.Length, false, cancellationToken);
        if (read < 4 || !preamble.AsSpan(0, 4).SequenceEqual(EnvelopeHeader.Magic))
            throw new EnvelopeException(EnvelopeErrorCodes.Magic, "The data is not a TenderHall sealed envelope (magic \"THSE\" missing); upload the sealed file, not the bid itself.");
        if (read < preamble.Length)
            throw new EnvelopeException(EnvelopeErrorCodes.Truncated, "The envelope ends inside its header.");
        if (preamble[4] != EnvelopeHeader.CurrentVersion)
            throw new EnvelopeException(EnvelopeErrorCodes.Version, $"Envelope version {preamble[4]} is not supported; version {EnvelopeHeader.CurrentVersion} is.");
        var bodyLength = BinaryPrimitives.ReadUInt32BigEndian(preamble.AsSpan(5));
        if (bodyLength > EnvelopeHeader.MaxBodyLength)
            throw new EnvelopeException(EnvelopeErrorCodes.Header, $"The header claims {bodyLength} bytes; at most {EnvelopeHeader.MaxBodyLength} are allowed.");
        var body = new byte[bodyLength];
        if (await envelope.ReadAtLeastAsync(body, body.Length, false, cancellationToken) < body.Length)
            throw new EnvelopeException(EnvelopeErrorCodes.Truncated, "The envelope ends inside its header.");
        return Parse(body);
    }

    private static EnvelopeHeader Parse(byte[] body)
    {
        var reader = new Reader(body);
        var suite = (CryptoSuite)reader.Byte();
        if (suite is not (CryptoSuite.Gm or CryptoSuite.International))
            throw Malformed($"unknown suite {(int)suite}");
        var policy = (EnvelopePolicy)reader.Byte();
        if (policy is not (EnvelopePolicy.OpeningKey or EnvelopePolicy.BidderAndQuorum))
            throw Malformed($"unknown policy {(int)policy}");
        var segmentSize = reader.UInt32();
        if (segmentSize is < EnvelopeHeader.MinSegmentSize or > EnvelopeHeader.MaxSegmentSize)
            throw Malformed($"segment size {segmentSize} outside [{EnvelopeHeader.MinSegmentSize}, {EnvelopeHeader.MaxSegmentSize}]");
        var noncePrefix = reader.Bytes(EnvelopeHeader.NoncePrefixLength);
        var tenderId = reader.Text();
        var bidderId = reader.Text();
        var count = reader.Byte();
        var recipients = new List<RecipientEntry>(count);
        var wrappedLength = KeyWrapper.WrappedLength(suite, ContentKeys.Length(suite));
        for (var i = 0; i < count; i++)
        {
            var role = (RecipientRole)reader.Byte();
            if (role is not (RecipientRole.OpeningKey or RecipientRole.Bidder) || recipients.Any(r => r.Role == role))
                throw Malformed($"recipient {i} has an unknown or repeated role");
            var keyId = reader.Bytes(KeyId.Length);
            var wrapped = reader.Bytes(reader.UInt16());
            if (wrapped.Length != wrappedLength)
                throw Malformed($"recipient {i} wrapped key is {wrapped.Length} bytes, {wrappedLength} expected for this suite");
            recipients.Add(new RecipientEntry(role, keyId, wrapped));
        }

        if (!reader.AtEnd)
            throw Malformed("bytes after the last recipient");
        var header = new EnvelopeHeader(suite, policy, (int)segmentSize, noncePrefix, tenderId, bidderId, recipients);
        ContentKeys.CheckRecipients(header);
        return header;
    }

    private static EnvelopeException Malformed(string detail) =>
        new(EnvelopeErrorCodes.Header, $"The envelope header is malformed: {detail}.");

    private sealed class Reader(byte[] data)
    {
        private int position;

        public bool AtEnd => position == data.Length;

        public byte Byte() => Bytes(1)[0];

        public ushort UInt16() => BinaryPrimitives.ReadUInt16BigEndian(Bytes(2));

        public uint UInt32() => BinaryPrimitives.ReadUInt32BigEndian(Bytes(4));

        public string Text()
        {
            var bytes = Bytes(UInt16());
            try
            {
                return StrictUtf8.GetString(bytes);
            }
            catch (DecoderFallbackException e)
            {
                throw new EnvelopeException(EnvelopeErrorCodes.Header, "The envelope header holds invalid UTF-8.", e);
            }
        }

        public byte[] Bytes(int count)
        {
            if (count > data.Length - position)
                throw Malformed("a field runs past the header length");
            var value = data.AsSpan(position, count).ToArray();
            position += count;
            return value;
        }
    }
}
