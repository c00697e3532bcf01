using TenderHall.Crypto.Envelopes;
using TenderHall.Crypto.KeyWrap;
using static TenderHall.Crypto.Tests.Envelopes.EnvelopeFixture;

namespace TenderHall.Crypto.Tests.Envelopes;

/// <summary>Segments are sealed and opened on the thread pool while the caller's thread reads and writes: a failing stream must end the call with its error, never hang it.</summary>
public sealed class EnvelopeStreamFaultTests
{
    [Theory]
    [InlineData(CryptoSuite.Gm)]
    [InlineData(CryptoSuite.International)]
    public async Task Sealing_ends_with_the_input_streams_error_midway(CryptoSuite suite)
    {
        using var opening = EncryptionKeyPair.Generate(suite);
        var input = new FailingStream(Pattern(64 * 40), failAfter: 64 * 17);
        var error = await Assert.ThrowsAsync<IOException>(() => SealedEnvelope.SealAsync(input, new MemoryStream(), Options(opening)));
        Assert.Equal("The device failed.", error.Message);
    }

    [Theory]
    [InlineData(CryptoSuite.Gm)]
    [InlineData(CryptoSuite.International)]
    public async Task Sealing_ends_with_the_output_streams_error_midway(CryptoSuite suite)
    {
        using var opening = EncryptionKeyPair.Generate(suite);
        var output = new FailingStream([], failAfter: 1000);
        await Assert.ThrowsAsync<IOException>(() => SealedEnvelope.SealAsync(new MemoryStream(Pattern(64 * 40)), output, Options(opening)));
        Assert.True(output.Written <= 1000);
    }

    [Theory]
    [InlineData(CryptoSuite.Gm)]
    [InlineData(CryptoSuite.International)]
    public async Task Opening_ends_with_the_output_streams_error_midway_and_the_envelope_still_opens_after(CryptoSuite suite)
    {
        using var opening = EncryptionKeyPair.Generate(suite);
        var plaintext = Pattern(64 * 40);
        var (envelope, _) = await SealAsync(plaintext, Options(opening));
        await Assert.ThrowsAsync<IOException>(() => SealedEnvelope.OpenAsync(new MemoryStream(envelope), new FailingStream([], failAfter: 64 * 9), [opening]));
        Assert.Equal(plaintext, await OpenAsync(envelope, opening));
    }

    [Theory]
    [InlineData(CryptoSuite.Gm)]
    [InlineData(CryptoSuite.International)]
    public async Task A_cancelled_seal_ends_with_the_cancellation(CryptoSuite suite)
    {
        using var opening = EncryptionKeyPair.Generate(suite);
        using var cancel = new CancellationTokenSource();
        await cancel.CancelAsync();
        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => SealedEnvelope.SealAsync(new MemoryStream(Pattern(64 * 40)), new MemoryStream(), Options(opening), cancel.Token));
    }
}
