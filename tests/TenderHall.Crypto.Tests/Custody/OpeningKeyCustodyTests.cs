using System.Security.Cryptography;
using TenderHall.Crypto.Custody;
using TenderHall.Crypto.Envelopes;
using TenderHall.Crypto.KeyWrap;
using TenderHall.Crypto.Tests.Envelopes;

namespace TenderHall.Crypto.Tests.Custody;

public sealed class OpeningKeyCustodyTests
{
    [Theory]
    [InlineData(CryptoSuite.Gm)]
    [InlineData(CryptoSuite.International)]
    public async Task Any_3_of_5_custodians_rebuild_the_opening_key_and_open_the_bid(CryptoSuite suite)
    {
        var custodians = Enumerable.Range(0, 5).Select(_ => EncryptionKeyPair.Generate(suite)).ToArray();
        var bundle = OpeningKeyCustody.Create(suite, 3, [.. custodians.Select(c => c.PublicKey)]);
        var plaintext = EnvelopeFixture.Pattern(500);
        var (envelope, _) = await EnvelopeFixture.SealAsync(plaintext, new EnvelopeSealOptions { TenderId = "T", BidderId = "B", OpeningKey = bundle.OpeningKey, SegmentSize = 128 });

        foreach (var subset in ShamirTests.Subsets(5, 3))
        {
            var shares = subset.Select(i => OpeningKeyCustody.DecryptShare(bundle.Shares[i], custodians[i])).ToArray();
            using var rebuilt = OpeningKeyCustody.Rebuild(bundle, shares);
            Assert.Equal(plaintext, await EnvelopeFixture.OpenAsync(envelope, rebuilt));
        }
    }

    [Fact]
    public void Two_of_three_needed_shares_are_refused()
    {
        var custodians = Enumerable.Range(0, 5).Select(_ => EncryptionKeyPair.Generate(CryptoSuite.International)).ToArray();
        var bundle = OpeningKeyCustody.Create(CryptoSuite.International, 3, [.. custodians.Select(c => c.PublicKey)]);
        var shares = new[] { 0, 4 }.Select(i => OpeningKeyCustody.DecryptShare(bundle.Shares[i], custodians[i])).ToArray();
        Assert.ThrowsAny<CryptographicException>(() => OpeningKeyCustody.Rebuild(bundle, shares));
    }

    [Fact]
    public void A_share_decrypts_only_with_its_own_custodian_key()
    {
        var custodians = Enumerable.Range(0, 3).Select(_ => EncryptionKeyPair.Generate(CryptoSuite.Gm)).ToArray();
        var bundle = OpeningKeyCustody.Create(CryptoSuite.Gm, 2, [.. custodians.Select(c => c.PublicKey)]);
        Assert.Equal(custodians[1].PublicKey.KeyId, bundle.Shares[1].CustodianKeyId);
        Assert.ThrowsAny<CryptographicException>(() => OpeningKeyCustody.DecryptShare(bundle.Shares[0], custodians[1]));
    }

    [Fact]
    public void Shares_of_another_tender_do_not_rebuild_this_opening_key()
    {
        var custodians = Enumerable.Range(0, 3).Select(_ => EncryptionKeyPair.Generate(CryptoSuite.International)).ToArray();
        var keys = custodians.Select(c => c.PublicKey).ToArray();
        var first = OpeningKeyCustody.Create(CryptoSuite.International, 2, keys);
        var second = OpeningKeyCustody.Create(CryptoSuite.International, 2, keys);
        var shares = new[] { 0, 1 }.Select(i => OpeningKeyCustody.DecryptShare(second.Shares[i], custodians[i])).ToArray();
        Assert.ThrowsAny<CryptographicException>(() => OpeningKeyCustody.Rebuild(first, shares));
    }
}
