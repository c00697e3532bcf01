using TenderHall.Crypto.Envelopes;
using TenderHall.Crypto.KeyWrap;

namespace TenderHall.Crypto.Tests.Envelopes;

public sealed class BidderPartTests
{
    [Theory]
    [InlineData(CryptoSuite.International)]
    [InlineData(CryptoSuite.Gm)]
    public async Task The_bidders_own_part_and_the_opening_key_open_the_envelope_without_the_bidders_private_key(CryptoSuite suite)
    {
        using var opening = EncryptionKeyPair.Generate(suite);
        using var bidder = EncryptionKeyPair.Generate(suite);
        var plaintext = "投标报价：12345678.90 元"u8.ToArray();
        using var sealedStream = new MemoryStream();
        await SealedEnvelope.SealAsync(new MemoryStream(plaintext), sealedStream, new EnvelopeSealOptions
        {
            TenderId = "T-1", BidderId = "bidder-1", OpeningKey = opening.PublicKey, BidderKey = bidder.PublicKey, Policy = EnvelopePolicy.BidderAndQuorum,
        });
        var envelope = sealedStream.ToArray();

        var part = await SealedEnvelope.BidderPartAsync(new MemoryStream(envelope), bidder);
        using var opened = new MemoryStream();
        await SealedEnvelope.OpenAsync(new MemoryStream(envelope), opened, opening, part);
        Assert.Equal(plaintext, opened.ToArray());

        part[0] ^= 1;
        await Assert.ThrowsAsync<EnvelopeException>(() => SealedEnvelope.OpenAsync(new MemoryStream(envelope), new MemoryStream(), opening, part));
        await Assert.ThrowsAsync<EnvelopeException>(() => SealedEnvelope.OpenAsync(new MemoryStream(envelope), new MemoryStream(), [opening]));
    }

    [Fact]
    public async Task An_opening_key_envelope_has_no_bidder_part()
    {
        using var opening = EncryptionKeyPair.Generate(CryptoSuite.International);
        using var sealedStream = new MemoryStream();
        await SealedEnvelope.SealAsync(new MemoryStream([1, 2, 3]), sealedStream, new EnvelopeSealOptions { TenderId = "T-1", BidderId = "b", OpeningKey = opening.PublicKey });
        await Assert.ThrowsAsync<EnvelopeException>(() => SealedEnvelope.BidderPartAsync(new MemoryStream(sealedStream.ToArray()), opening));
    }
}
