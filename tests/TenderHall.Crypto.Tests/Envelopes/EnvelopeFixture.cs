using TenderHall.Crypto.Envelopes;
using TenderHall.Crypto.KeyWrap;

namespace TenderHall.Crypto.Tests.Envelopes;

/// <summary>Seals and opens in memory for envelope tests.</summary>
internal static class EnvelopeFixture
{
    public const string Tender = "T-2026-0042";
    public const string Bidder = "B-7";

    public static EnvelopeSealOptions Options(EncryptionKeyPair opening, int segmentSize = 64, EnvelopePolicy policy = EnvelopePolicy.OpeningKey, EncryptionKeyPair? bidder = null) => new()
    {
        TenderId = Tender,
        BidderId = Bidder,
        OpeningKey = opening.PublicKey,
        BidderKey = bidder?.PublicKey,
        Policy = policy,
        SegmentSize = segmentSize,
    };

    public static async Task<(byte[] Envelope, SealedEnvelopeInfo Info)> SealAsync(byte[] plaintext, EnvelopeSealOptions options)
    {
        using var output = new MemoryStream();
        var info = await SealedEnvelope.SealAsync(new MemoryStream(plaintext), output, options);
        return (output.ToArray(), info);
    }

    public static async Task<byte[]> OpenAsync(byte[] envelope, params EncryptionKeyPair[] keys)
    {
        using var output = new MemoryStream();
        await SealedEnvelope.OpenAsync(new MemoryStream(envelope), output, keys);
        return output.ToArray();
    }

    public static byte[] Pattern(int length)
    {
        var data = new byte[length];
        for (var i = 0; i < length; i++)
            data[i] = (byte)(i * 31 + (i >> 8));
        return data;
    }
}
