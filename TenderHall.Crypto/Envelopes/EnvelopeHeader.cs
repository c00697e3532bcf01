using System.Buffers.Binary;
using System.Security.Cryptography;
using System.Text;

namespace TenderHall.Crypto.Envelopes;

/// <summary>The self-describing envelope header; its bytes are bound as associated data to every segment.</summary>
public sealed class EnvelopeHeader
{
    /// <summary>The four magic bytes "THSE".</summary>
    public static ReadOnlySpan<byte> Magic => "THSE"u8;

    /// <summary>The format version this library writes and reads.</summary>
    public const byte CurrentVersion = 1;

    /// <summary>Default plaintext bytes per segment (1 MiB).</summary>
    public const int DefaultSegmentSize = 1 << 20;

    /// <summary>Smallest and largest allowed segment sizes.</summary>
    public const int MinSegmentSize = 16, MaxSegmentSize = 1 << 24;

    internal const int NoncePrefixLength = 7;
    internal const int MaxBodyLength = 1 << 16;
    internal const int PreambleLength = 9;

    internal EnvelopeHeader(CryptoSuite suite, EnvelopePolicy policy, int segmentSize, byte[] noncePrefix, string tenderId, string bidderId, IReadOnlyList<RecipientEntry> recipients)
    {
        Suite = suite;
        Policy = policy;
        SegmentSize = segmentSize;
        NoncePrefix = noncePrefix;
        TenderId = tenderId;
        BidderId = bidderId;
        Recipients = recipients;
        Encoded = Encode();
        AssociatedData = SHA256.HashData(Encoded);
    }

    /// <summary>Format version.</summary>
    public byte Version => CurrentVersion;

    /// <summary>Algorithm suite of the key wrap and the segments.</summary>
    public CryptoSuite Suite { get; }

    /// <summary>Opening policy.</summary>
    public EnvelopePolicy Policy { get; }

    /// <summary>Plaintext bytes per non-final segment.</summary>
    public int SegmentSize { get; }

    /// <summary>7 random bytes that start every segment nonce.</summary>
    public byte[] NoncePrefix { get; }

    /// <summary>Tender the bid is addressed to.</summary>
    public string TenderId { get; }

    /// <summary>Bidder who sealed it.</summary>
    public string BidderId { get; }

    /// <summary>Wrapped content keys (or halves).</summary>
    public IReadOnlyList<RecipientEntry> Recipients { get; }

    /// <summary>The exact header bytes as written, magic included.</summary>
    public byte[] Encoded { get; }

    /// <summary>SHA-256 of <see cref="Encoded"/>: the associated data of every segment.</summary>
    public byte[] AssociatedData { get; }

    /// <summary>The recipient entry for <paramref name="role"/>, or null.</summary>
    public RecipientEntry? Recipient(RecipientRole role) => Recipients.FirstOrDefault(r => r.Role == role);

    private byte[] Encode()
    {
        var tender = Encoding.UTF8.GetBytes(TenderId);
        var bidder = Encoding.UTF8.GetBytes(BidderId);
        using var body = new MemoryStream();
        body.WriteByte((byte)Suite);
        body.WriteByte((byte)Policy);
        WriteUInt32(body, (uint)SegmentSize);
        body.Write(NoncePrefix);
        WriteBytes16(body, tender);
        WriteBytes16(body, bidder);
        body.WriteByte(checked((byte)Recipients.Count));
        foreach (var recipient in Recipients)
        {
            body.WriteByte((byte)recipient.Role);
            body.Write(recipient.KeyId);
            WriteBytes16(body, recipient.WrappedKey);
        }

        var output = new byte[PreambleLength + body.Length];
        Magic.CopyTo(output);
        output[4] = CurrentVersion;
        BinaryPrimitives.WriteUInt32BigEndian(output.AsSpan(5), (uint)body.Length);
        body.ToArray().CopyTo(output, PreambleLength);
        return output;
    }

    private static void WriteUInt32(Stream stream, uint value)
    {
        Span<byte> buffer = stackalloc byte[4];
        BinaryPrimitives.WriteUInt32BigEndian(buffer, value);
        stream.Write(buffer);
    }

    private static void WriteBytes16(Stream stream, byte[] value)
    {
        Span<byte> length = stackalloc byte[2];
        BinaryPrimitives.WriteUInt16BigEndian(length, checked((ushort)value.Length));
        stream.Write(length);
        stream.Write(value);
    }
}
