using TenderHall.Crypto.Envelopes;
using TenderHall.Crypto.KeyWrap;
using TenderHall.Crypto.Signing;
using static TenderHall.Crypto.Tests.Envelopes.EnvelopeFixture;

namespace TenderHall.Crypto.Tests.Envelopes;

public sealed class EnvelopeIdentityTests
{
    [Theory]
    [InlineData(SignatureAlgorithm.Sm2Sm3)]
    [InlineData(SignatureAlgorithm.EcdsaP256Sha256)]
    public async Task Bidder_signature_over_the_envelope_hash_verifies_and_binds_that_envelope(SignatureAlgorithm algorithm)
    {
        using var opening = EncryptionKeyPair.Generate(CryptoSuite.International);
        using var bidderKey = SignatureKey.Generate(algorithm);
        var (envelope, info) = await SealAsync(Pattern(100), Options(opening));
        var hash = await EnvelopeIdentity.ComputeHashAsync(new MemoryStream(envelope));
        Assert.Equal(info.EnvelopeHash, hash);

        var signature = EnvelopeIdentity.Sign(bidderKey, hash);
        Assert.True(EnvelopeIdentity.Verify(bidderKey.Verifier, hash, signature));
        var (other, _) = await SealAsync(Pattern(100), Options(opening));
        Assert.False(EnvelopeIdentity.Verify(bidderKey.Verifier, await EnvelopeIdentity.ComputeHashAsync(new MemoryStream(other)), signature));
        Assert.False(bidderKey.Verifier.Verify(hash, signature));
    }
}
