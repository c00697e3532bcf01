using System.Buffers.Binary;
using TenderHall.Crypto.Envelopes;
using TenderHall.Crypto.KeyWrap;
using static TenderHall.Crypto.Tests.Envelopes.EnvelopeFixture;

namespace TenderHall.Crypto.Tests.Envelopes;

public sealed class EnvelopeValidatorTests
{
    private readonly EncryptionKeyPair opening = EncryptionKeyPair.Generate(CryptoSuite.International);

    [Fact]
    public async Task Well_formed_envelope_for_this_tender_and_opening_key_passes_without_any_key()
    {
        var (envelope, _) = await SealAsync(Pattern(300), Options(opening));
        var header = await EnvelopeValidator.ValidateAsync(new MemoryStream(envelope), Tender, opening.PublicKey.KeyId, Bidder);
        Assert.Equal(Tender, header.TenderId);
    }

    [Fact]
    public async Task Plaintext_upload_is_refused_with_envelope_magic()
    {
        await AssertCode(EnvelopeErrorCodes.Magic, "%PDF-1.7 my bid"u8.ToArray());
    }

    [Fact]
    public async Task Envelope_for_another_tender_is_refused_with_envelope_tender()
    {
        var (envelope, _) = await SealAsync(Pattern(10), Options(opening));
        var error = await Assert.ThrowsAsync<EnvelopeException>(() => EnvelopeValidator.ValidateAsync(new MemoryStream(envelope), "T-OTHER", opening.PublicKey.KeyId));
        Assert.Equal(EnvelopeErrorCodes.Tender, error.Code);
    }

    [Fact]
    public async Task Envelope_for_another_bidder_is_refused_with_envelope_bidder()
    {
        var (envelope, _) = await SealAsync(Pattern(10), Options(opening));
        var error = await Assert.ThrowsAsync<EnvelopeException>(() => EnvelopeValidator.ValidateAsync(new MemoryStream(envelope), Tender, opening.PublicKey.KeyId, "B-8"));
        Assert.Equal(EnvelopeErrorCodes.Bidder, error.Code);
    }

    [Fact]
    public async Task Envelope_wrapped_to_another_key_is_refused_with_envelope_recipient()
    {
        using var other = EncryptionKeyPair.Generate(CryptoSuite.International);
        var (envelope, _) = await SealAsync(Pattern(10), Options(other));
        await AssertCode(EnvelopeErrorCodes.Recipient, envelope);
    }

    [Fact]
    public async Task Truncated_envelope_is_refused_with_envelope_truncated()
    {
        var (envelope, info) = await SealAsync(Pattern(300), Options(opening));
        await AssertCode(EnvelopeErrorCodes.Truncated, envelope[..(info.Header.Encoded.Length + 84)]);
        await AssertCode(EnvelopeErrorCodes.Truncated, envelope[..^1]);
        await AssertCode(EnvelopeErrorCodes.Truncated, envelope[..20]);
    }

    [Fact]
    public async Task Unknown_version_and_oversized_segment_frames_get_their_own_codes()
    {
        var (envelope, info) = await SealAsync(Pattern(300), Options(opening));
        var version = (byte[])envelope.Clone();
        version[4] = 9;
        await AssertCode(EnvelopeErrorCodes.Version, version);

        var frame = (byte[])envelope.Clone();
        BinaryPrimitives.WriteUInt32BigEndian(frame.AsSpan(info.Header.Encoded.Length), 65);
        await AssertCode(EnvelopeErrorCodes.Segment, frame);
    }

    [Fact]
    public async Task Trailing_data_is_refused_with_envelope_trailing()
    {
        var (envelope, _) = await SealAsync(Pattern(10), Options(opening));
        await AssertCode(EnvelopeErrorCodes.Trailing, [.. envelope, 1, 2, 3]);
    }

    [Fact]
    public async Task Validation_also_works_on_a_non_seekable_stream()
    {
        var (envelope, _) = await SealAsync(Pattern(500), Options(opening));
        var header = await EnvelopeValidator.ValidateAsync(new ForwardOnlyStream(envelope), Tender, opening.PublicKey.KeyId);
        Assert.Equal(Bidder, header.BidderId);
        await Assert.ThrowsAsync<EnvelopeException>(() => EnvelopeValidator.ValidateAsync(new ForwardOnlyStream(envelope[..^3]), Tender, opening.PublicKey.KeyId));
    }

    private async Task AssertCode(string code, byte[] envelope)
    {
        var error = await Assert.ThrowsAsync<EnvelopeException>(() => EnvelopeValidator.ValidateAsync(new MemoryStream(envelope), Tender, opening.PublicKey.KeyId));
        Assert.Equal(code, error.Code);
        Assert.StartsWith(code, error.Message, StringComparison.Ordinal);
    }

    private static EnvelopeSealOptions Options(EncryptionKeyPair key) => EnvelopeFixture.Options(key, segmentSize: 64);
}
