using System.Security.Cryptography;
using CsCheck;
using TenderHall.Crypto.Envelopes;
using TenderHall.Crypto.KeyWrap;
using static TenderHall.Crypto.Tests.Envelopes.EnvelopeFixture;

namespace TenderHall.Crypto.Tests.Envelopes;

public sealed class SealedEnvelopeTests
{
    [Theory]
    [InlineData(CryptoSuite.Gm, 0)]
    [InlineData(CryptoSuite.Gm, 1)]
    [InlineData(CryptoSuite.Gm, 64)]
    [InlineData(CryptoSuite.Gm, 128)]
    [InlineData(CryptoSuite.Gm, 129)]
    [InlineData(CryptoSuite.International, 0)]
    [InlineData(CryptoSuite.International, 63)]
    [InlineData(CryptoSuite.International, 64)]
    [InlineData(CryptoSuite.International, 192)]
    [InlineData(CryptoSuite.International, 1000)]
    public async Task Sealed_bid_opens_to_the_same_bytes_including_empty_and_exact_segment_multiples(CryptoSuite suite, int length)
    {
        using var opening = EncryptionKeyPair.Generate(suite);
        var plaintext = Pattern(length);
        var (envelope, info) = await SealAsync(plaintext, Options(opening));
        Assert.Equal(plaintext, await OpenAsync(envelope, opening));
        Assert.Equal(SHA256.HashData(envelope), info.EnvelopeHash);
        Assert.Equal(envelope.Length, info.Length);
        var segments = Math.Max(1, (length + 63) / 64);
        Assert.Equal(info.Header.Encoded.Length + segments * 20 + length, envelope.Length);
    }

    [Fact]
    public void Random_sizes_and_segment_sizes_round_trip_in_both_suites()
    {
        using var gm = EncryptionKeyPair.Generate(CryptoSuite.Gm);
        using var international = EncryptionKeyPair.Generate(CryptoSuite.International);
        Gen.Select(Gen.Bool, Gen.Int[0, 3000], Gen.Int[16, 700]).Sample(
            (useGm, length, segmentSize) =>
            {
                var key = useGm ? gm : international;
                var plaintext = RandomNumberGenerator.GetBytes(length);
                var (envelope, _) = SealAsync(plaintext, Options(key, segmentSize)).GetAwaiter().GetResult();
                return OpenAsync(envelope, key).GetAwaiter().GetResult().AsSpan().SequenceEqual(plaintext);
            },
            iter: 200);
    }

    [Theory]
    [InlineData(CryptoSuite.Gm)]
    [InlineData(CryptoSuite.International)]
    public async Task Sealing_and_opening_work_through_streams_that_return_a_few_bytes_per_read(CryptoSuite suite)
    {
        using var opening = EncryptionKeyPair.Generate(suite);
        var plaintext = Pattern(3 * 4096 + 17);
        using var sealedStream = new MemoryStream();
        await SealedEnvelope.SealAsync(new ForwardOnlyStream(plaintext), sealedStream, Options(opening, 4096));
        using var output = new MemoryStream();
        await SealedEnvelope.OpenAsync(new ForwardOnlyStream(sealedStream.ToArray()), output, [opening]);
        Assert.Equal(plaintext, output.ToArray());
    }

    [Theory]
    [InlineData(CryptoSuite.Gm)]
    [InlineData(CryptoSuite.International)]
    public async Task Every_single_byte_change_of_a_small_envelope_is_refused(CryptoSuite suite)
    {
        using var opening = EncryptionKeyPair.Generate(suite);
        var (envelope, _) = await SealAsync(Pattern(100), Options(opening, segmentSize: 32));
        for (var i = 0; i < envelope.Length; i++)
        {
            var tampered = (byte[])envelope.Clone();
            tampered[i] ^= 0x40;
            await Assert.ThrowsAsync<EnvelopeException>(() => OpenAsync(tampered, opening));
        }
    }

    [Fact]
    public async Task Reordered_segments_are_refused()
    {
        using var opening = EncryptionKeyPair.Generate(CryptoSuite.International);
        var (envelope, info) = await SealAsync(Pattern(200), Options(opening, segmentSize: 64));
        var frame = 4 + 64 + 16;
        var start = info.Header.Encoded.Length;
        var swapped = (byte[])envelope.Clone();
        envelope.AsSpan(start, frame).CopyTo(swapped.AsSpan(start + frame));
        envelope.AsSpan(start + frame, frame).CopyTo(swapped.AsSpan(start));
        var error = await Assert.ThrowsAsync<EnvelopeException>(() => OpenAsync(swapped, opening));
        Assert.Equal(EnvelopeErrorCodes.Authentication, error.Code);
    }

    [Fact]
    public async Task Truncation_at_a_segment_boundary_is_refused_even_with_a_forged_final_flag()
    {
        using var opening = EncryptionKeyPair.Generate(CryptoSuite.Gm);
        var (envelope, info) = await SealAsync(Pattern(200), Options(opening, segmentSize: 64));
        var cut = envelope[..(info.Header.Encoded.Length + 2 * (4 + 64 + 16))];
        Assert.Equal(EnvelopeErrorCodes.Truncated, (await Assert.ThrowsAsync<EnvelopeException>(() => OpenAsync(cut, opening))).Code);

        cut[info.Header.Encoded.Length + 4 + 64 + 16] |= 0x80;
        Assert.Equal(EnvelopeErrorCodes.Authentication, (await Assert.ThrowsAsync<EnvelopeException>(() => OpenAsync(cut, opening))).Code);
    }

    [Fact]
    public async Task Segments_spliced_from_another_envelope_under_the_same_key_are_refused()
    {
        using var opening = EncryptionKeyPair.Generate(CryptoSuite.International);
        var (first, info) = await SealAsync(Pattern(200), Options(opening, segmentSize: 64));
        var (second, _) = await SealAsync(Pattern(200), Options(opening, segmentSize: 64));
        var spliced = (byte[])first.Clone();
        var headerLength = info.Header.Encoded.Length;
        second.AsSpan(headerLength).CopyTo(spliced.AsSpan(headerLength));
        Assert.Equal(EnvelopeErrorCodes.Authentication, (await Assert.ThrowsAsync<EnvelopeException>(() => OpenAsync(spliced, opening))).Code);
    }

    [Fact]
    public async Task Trailing_bytes_after_the_final_segment_are_refused()
    {
        using var opening = EncryptionKeyPair.Generate(CryptoSuite.International);
        var (envelope, _) = await SealAsync(Pattern(10), Options(opening));
        Assert.Equal(EnvelopeErrorCodes.Trailing, (await Assert.ThrowsAsync<EnvelopeException>(() => OpenAsync([.. envelope, 0], opening))).Code);
    }

    [Theory]
    [InlineData(CryptoSuite.Gm)]
    [InlineData(CryptoSuite.International)]
    public async Task Bidder_and_quorum_needs_both_keys(CryptoSuite suite)
    {
        using var opening = EncryptionKeyPair.Generate(suite);
        using var bidder = EncryptionKeyPair.Generate(suite);
        var plaintext = Pattern(150);
        var (envelope, info) = await SealAsync(plaintext, Options(opening, 64, EnvelopePolicy.BidderAndQuorum, bidder));
        Assert.Equal(2, info.Header.Recipients.Count);
        Assert.Equal(plaintext, await OpenAsync(envelope, opening, bidder));
        Assert.Equal(EnvelopeErrorCodes.Key, (await Assert.ThrowsAsync<EnvelopeException>(() => OpenAsync(envelope, opening))).Code);
        Assert.Equal(EnvelopeErrorCodes.Key, (await Assert.ThrowsAsync<EnvelopeException>(() => OpenAsync(envelope, bidder))).Code);
    }

    [Fact]
    public async Task Opening_with_the_wrong_key_names_the_missing_key()
    {
        using var opening = EncryptionKeyPair.Generate(CryptoSuite.International);
        using var stranger = EncryptionKeyPair.Generate(CryptoSuite.International);
        var (envelope, _) = await SealAsync(Pattern(10), Options(opening));
        var error = await Assert.ThrowsAsync<EnvelopeException>(() => OpenAsync(envelope, stranger));
        Assert.Equal(EnvelopeErrorCodes.Key, error.Code);
        Assert.Contains(KeyId.ToHex(opening.PublicKey.KeyId), error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Header_records_tender_bidder_suite_and_segment_size()
    {
        using var opening = EncryptionKeyPair.Generate(CryptoSuite.Gm);
        var (envelope, _) = await SealAsync(Pattern(10), Options(opening, 4096));
        using var output = new MemoryStream();
        var header = await SealedEnvelope.OpenAsync(new MemoryStream(envelope), output, [opening]);
        Assert.Equal((Tender, Bidder, CryptoSuite.Gm, 4096), (header.TenderId, header.BidderId, header.Suite, header.SegmentSize));
        Assert.Equal("THSE"u8.ToArray(), envelope[..4]);
    }
}
