using System.Security.Cryptography;
using System.Text;
using TenderHall.Crypto.Envelopes;
using TenderHall.Crypto.KeyWrap;
using TenderHall.Crypto.Payload;
using TenderHall.Crypto.Tests.Envelopes;

namespace TenderHall.Crypto.Tests.Payload;

public sealed class BidPayloadTests
{
    private static readonly BidForm Form = new("1250000.50", 180, "ISO 9001 certified; 2-year warranty \"all parts\"", "DEP-2026-0042");

    [Fact]
    public void Bid_form_json_is_canonical_with_sorted_keys_and_no_whitespace()
    {
        Assert.Equal(
            "{\"depositReference\":\"DEP-2026-0042\",\"durationDays\":180,\"price\":\"1250000.50\",\"qualityCommitment\":\"ISO 9001 certified; 2-year warranty \\\"all parts\\\"\"}",
            Encoding.UTF8.GetString(BidFormJson.Serialize(Form)));
        Assert.Equal(Form, BidFormJson.Deserialize(BidFormJson.Serialize(Form)));
    }

    [Fact]
    public void Non_canonical_form_json_and_non_decimal_prices_are_refused()
    {
        Assert.Throws<CryptographicFormatException>(() => BidFormJson.Deserialize("{\"price\":\"1\",\"durationDays\":1,\"qualityCommitment\":\"q\",\"depositReference\":\"d\"}"u8));
        Assert.Throws<CryptographicFormatException>(() => BidFormJson.Deserialize("{\"depositReference\":\"d\", \"durationDays\":1,\"price\":\"1\",\"qualityCommitment\":\"q\"}"u8));
        Assert.Throws<ArgumentException>(() => new BidForm("1e6", 1, "q", "d"));
        Assert.Throws<ArgumentException>(() => new BidForm("-5", 1, "q", "d"));
        Assert.Throws<ArgumentException>(() => new BidForm("01.5", 1, "q", "d"));
    }

    [Fact]
    public async Task Form_and_attachments_travel_sealed_and_are_read_back_with_hashes_checked()
    {
        var drawing = RandomNumberGenerator.GetBytes(70_000);
        var payload = new MemoryStream();
        var writer = new BidPayloadWriter(payload);
        await writer.WriteFormAsync(Form);
        var written = await writer.AddAttachmentAsync("drawings/site-plan.pdf", new MemoryStream(drawing), drawing.Length);
        await writer.AddAttachmentAsync("empty.txt", new MemoryStream(), 0);
        await writer.CompleteAsync();

        using var opening = EncryptionKeyPair.Generate(CryptoSuite.Gm);
        var (envelope, _) = await EnvelopeFixture.SealAsync(payload.ToArray(), new EnvelopeSealOptions { TenderId = "T", BidderId = "B", OpeningKey = opening.PublicKey, SegmentSize = 4096 });
        var opened = new MemoryStream(await EnvelopeFixture.OpenAsync(envelope, opening));

        var reader = await BidPayloadReader.OpenAsync(opened);
        Assert.Equal(Form, reader.Form);
        var content = new MemoryStream();
        var first = await reader.ReadNextAttachmentAsync(content);
        Assert.Equal(("drawings/site-plan.pdf", 70_000L), (first!.Name, first.Length));
        Assert.Equal(written.Sha256, first.Sha256);
        Assert.Equal(drawing, content.ToArray());
        Assert.Equal(0, (await reader.ReadNextAttachmentAsync(Stream.Null))!.Length);
        Assert.Null(await reader.ReadNextAttachmentAsync(Stream.Null));
    }

    [Fact]
    public async Task Attachment_whose_content_does_not_match_its_hash_is_refused()
    {
        var payload = new MemoryStream();
        var writer = new BidPayloadWriter(payload);
        await writer.WriteFormAsync(Form);
        await writer.AddAttachmentAsync("a.bin", new MemoryStream([1, 2, 3]), 3);
        await writer.CompleteAsync();
        var bytes = payload.ToArray();
        bytes[^36] ^= 1;
        var reader = await BidPayloadReader.OpenAsync(new MemoryStream(bytes));
        await Assert.ThrowsAsync<CryptographicFormatException>(() => reader.ReadNextAttachmentAsync(Stream.Null));
    }
}
