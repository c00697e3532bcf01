using System.Security.Cryptography;
using TenderHall.Crypto;
using TenderHall.Crypto.Custody;
using TenderHall.Crypto.KeyWrap;
using TenderHall.Crypto.Signing;

namespace TenderHall.BidderTool.Tests;

public sealed class ShareTests : IDisposable
{
    private const string Tender = "T-2026-0042";
    private readonly Workspace work = new();
    private readonly string demo;
    private readonly ECDsa signing;
    private readonly ECDiffieHellman encryption;
    private readonly EncryptionKeyPair custodian;
    private readonly CustodyBundle bundle;

    public ShareTests()
    {
        // A custodian's demo key file has the same shape as a bidder's: a signing and an encryption key.
        demo = work.WriteDemoKeys(out signing, out encryption);
        custodian = EncryptionKeyPair.FromPrivateKey(CryptoSuite.International, encryption.ExportParameters(true).D);
        using var other = EncryptionKeyPair.Generate(CryptoSuite.International);
        bundle = OpeningKeyCustody.Create(CryptoSuite.International, 2, [other.PublicKey, custodian.PublicKey]);
    }

    [Fact]
    public async Task The_share_is_unwrapped_signed_and_handed_over_and_the_sessions_count_is_printed()
    {
        using var platform = Platform();

        var (code, output) = await HandOverAsync(platform, demo, demo);

        Assert.True(code == 0, output);
        Assert.Contains($"Share x = 2 of tender {Tender} handed over: the session has 1 of the 2 shares needed, status AwaitingShares. 1 more custodian(s)", output);
        var expected = OpeningKeyCustody.DecryptShare(bundle.Shares[1], custodian);
        Assert.Equal(expected.X, platform.X);
        Assert.Equal(expected.Y, platform.Share);
        Assert.Equal([$"GET /api/v1/tenders/{Tender}/custody/share", $"POST /api/v1/tenders/{Tender}/opening/shares"], platform.Requests);
    }

    [Fact]
    public async Task An_encryption_key_the_share_is_not_wrapped_to_names_the_right_key_id_and_hands_over_nothing()
    {
        using var platform = Platform();
        using var other = ECDiffieHellman.Create(ECCurve.NamedCurves.nistP256);
        var otherKey = work.Write("other.pem", other.ExportPkcs8PrivateKeyPem());

        var (code, output) = await HandOverAsync(platform, otherKey, demo);

        Assert.Equal(1, code);
        Assert.Contains($"is wrapped to the encryption key with key id {KeyId.ToHex(custodian.PublicKey.KeyId)}", output);
        Assert.Equal([$"GET /api/v1/tenders/{Tender}/custody/share"], platform.Requests);
    }

    [Theory]
    [InlineData("BID-CUSTODIAN", null, "REFUSED by the platform (HTTP 403, rule BID-CUSTODIAN): 'bidder-07' is not a custodian", "Sign in with the account of a custodian organisation")]
    [InlineData(null, "OPEN-SUPERVISOR", "REFUSED by the platform (HTTP 409, rule OPEN-SUPERVISOR)", "run the command again once the supervisor is present")]
    public async Task Not_a_custodian_or_no_supervisor_yet_is_refused_with_the_rule_and_what_to_do(string? shareRule, string? handOverRule, string refusal, string hint)
    {
        using var platform = Platform(refuseShareWith: shareRule, refuseHandOverWith: handOverRule);

        var (code, output) = await HandOverAsync(platform, demo, demo);

        Assert.Equal(1, code);
        Assert.Contains(refusal, output);
        Assert.Contains(hint, output);
    }

    [Fact]
    public async Task A_signing_key_the_platform_does_not_know_is_refused_with_a_hint()
    {
        using var platform = Platform();
        using var stranger = ECDsa.Create(ECCurve.NamedCurves.nistP256);
        var strangerKey = work.Write("stranger.pem", stranger.ExportPkcs8PrivateKeyPem());

        var (code, output) = await HandOverAsync(platform, demo, strangerKey);

        Assert.Equal(1, code);
        Assert.Contains("rule OPEN-SHARE", output);
        Assert.Contains("Check that --key is a signing key registered", output);
    }

    [Theory]
    [InlineData("--encryption-key")]
    [InlineData("--key")]
    [InlineData("--tender")]
    public async Task Each_of_tender_encryption_key_and_signing_key_is_required(string missing)
    {
        string[] all = ["--tender", Tender, "--encryption-key", demo, "--key", demo];
        var args = all.Chunk(2).Where(pair => pair[0] != missing).SelectMany(pair => pair);

        var (code, output) = await work.RunAsync(["share", .. args, "--url", FakeCustody.Url]);

        Assert.Equal(2, code);
        Assert.Contains($"usage error: {missing} is required.", output);
    }

    [Fact]
    public async Task Signing_in_is_needed()
    {
        var (code, output) = await work.RunAsync("share", "--tender", Tender, "--encryption-key", demo, "--key", demo, "--url", FakeCustody.Url);

        Assert.Equal(2, code);
        Assert.Contains("this command needs a sign-in", output);
    }

    private async Task<(int Code, string Output)> HandOverAsync(FakeCustody platform, string encryptionKey, string signingKey) =>
        await work.RunAsync(platform.Client(), "share", "--tender", Tender, "--encryption-key", encryptionKey, "--key", signingKey, "--url", FakeCustody.Url, "--token", "tok");

    private FakeCustody Platform(string? refuseShareWith = null, string? refuseHandOverWith = null) =>
        new(Tender, bundle.Shares[1], SignatureVerifier.ImportSubjectPublicKeyInfo(signing.ExportSubjectPublicKeyInfo()))
        {
            RefuseShareWith = refuseShareWith, RefuseHandOverWith = refuseHandOverWith,
        };

    public void Dispose()
    {
        custodian.Dispose();
        signing.Dispose();
        encryption.Dispose();
        work.Dispose();
    }
}
