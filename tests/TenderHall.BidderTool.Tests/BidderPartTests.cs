using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using TenderHall.Crypto;
using TenderHall.Crypto.Envelopes;
using TenderHall.Crypto.KeyWrap;
using TenderHall.Crypto.Payload;
using TenderHall.Crypto.Signing;

namespace TenderHall.BidderTool.Tests;

public sealed class BidderPartTests : IDisposable
{
    private const string Tender = "T-2026-0042";
    private readonly Workspace work = new();
    private readonly EncryptionKeyPair opening = EncryptionKeyPair.Generate(CryptoSuite.International);
    private readonly string demo;
    private readonly ECDsa signing;
    private readonly ECDiffieHellman encryption;

    public BidderPartTests() => demo = work.WriteDemoKeys(out signing, out encryption);

    [Fact]
    public async Task Offline_part_is_signed_by_the_bidder_and_opens_the_envelope_with_the_opening_key()
    {
        var envelope = await SealAsync("BidderAndQuorum");

        var (code, output) = await work.RunAsync("bidder-part", "--tender", Tender, "--envelope", envelope, "--encryption-key", demo, "--key", demo,
            "--opening-key", work.PathOf("opening-key-International.json"), "--offline", "--out", work.PathOf("part.json"));

        Assert.True(code == 0, output);
        Assert.Contains("Keep it private", output);
        using var saved = JsonDocument.Parse(File.ReadAllText(work.PathOf("part.json")));
        Assert.Equal(Tender, saved.RootElement.GetProperty("tenderId").GetString());
        Assert.Equal("bidder-07", saved.RootElement.GetProperty("bidderId").GetString());
        var part = saved.RootElement.GetProperty("part").GetBytesFromBase64();
        var signature = saved.RootElement.GetProperty("signature").GetBytesFromBase64();

        var message = Encoding.UTF8.GetBytes($"TenderHall bidder part v1\n{Tender}\nbidder-07\n{Convert.ToHexStringLower(SHA256.HashData(part))}\n");
        Assert.True(SignatureVerifier.ImportSubjectPublicKeyInfo(signing.ExportSubjectPublicKeyInfo()).Verify(message, signature));

        using var plaintext = new MemoryStream();
        await using (var stream = File.OpenRead(envelope))
            await SealedEnvelope.OpenAsync(stream, plaintext, opening, part);
        plaintext.Position = 0;
        Assert.Equal("12345678.90", (await BidPayloadReader.OpenAsync(plaintext)).Form.Price);
        if (!OperatingSystem.IsWindows())
            Assert.Equal(UnixFileMode.UserRead | UnixFileMode.UserWrite, File.GetUnixFileMode(work.PathOf("part.json")));
    }

    [Fact]
    public async Task Part_handed_over_to_the_platform_opens_the_bid_and_the_price_is_printed()
    {
        var envelope = await SealAsync("BidderAndQuorum");
        using var platform = Platform(envelope);

        var (code, output) = await work.RunAsync(platform.Client(), "bidder-part", "--tender", Tender, "--envelope", envelope,
            "--encryption-key", demo, "--key", demo, "--url", FakeOpening.Url, "--token", "tok");

        Assert.True(code == 0, output);
        Assert.Contains("Part handed over; your bid is opened: price 12345678.90, duration 365 days, quality 合格", output);
        // Without --opening-key the tender's key is fetched to check the envelope is addressed to it.
        Assert.Equal([$"GET /api/v1/tenders/{Tender}/opening-key", $"POST /api/v1/tenders/{Tender}/opening/bidder-part"], platform.Requests);
        Assert.Equal("Bearer tok", platform.Authorization);
    }

    [Fact]
    public async Task A_bid_the_platform_could_not_open_with_the_part_is_reported_with_its_outcome_and_exit_code_1()
    {
        var uploaded = File.ReadAllBytes(await SealAsync("BidderAndQuorum"));
        var envelope = await SealAsync("BidderAndQuorum");
        using var platform = new FakeOpening(Tender, opening, SignatureVerifier.ImportSubjectPublicKeyInfo(signing.ExportSubjectPublicKeyInfo()), uploaded);

        // The bidder hands over the part of an envelope sealed again after the upload: it does not open the bid the platform holds.
        var (code, output) = await work.RunAsync(platform.Client(), "bidder-part", "--tender", Tender, "--envelope", envelope,
            "--encryption-key", demo, "--key", demo, "--url", FakeOpening.Url, "--token", "tok");

        Assert.Equal(1, code);
        Assert.Contains("Part handed over, but your bid was not opened: RevokedByBidderFault (", output);
    }

    [Fact]
    public async Task A_refusal_is_reported_with_the_platforms_rule_and_exit_code_1()
    {
        var envelope = await SealAsync("BidderAndQuorum");
        using var platform = Platform(envelope, refuseWith: "OPEN-STATE");

        var (code, output) = await work.RunAsync(platform.Client(), "bidder-part", "--tender", Tender, "--envelope", envelope,
            "--encryption-key", demo, "--key", demo, "--url", FakeOpening.Url, "--token", "tok");

        Assert.Equal(1, code);
        Assert.Contains("REFUSED by the platform (HTTP 409, rule OPEN-STATE): the opening of this tender is not waiting for bidders' parts", output);
    }

    [Fact]
    public async Task Another_encryption_key_than_the_one_sealed_to_fails_before_anything_is_sent()
    {
        var envelope = await SealAsync("BidderAndQuorum");
        using var platform = Platform(envelope);
        using var other = ECDiffieHellman.Create(ECCurve.NamedCurves.nistP256);
        var otherKey = work.Write("other.pem", other.ExportPkcs8PrivateKeyPem());

        var (code, output) = await work.RunAsync(platform.Client(), "bidder-part", "--tender", Tender, "--envelope", envelope,
            "--encryption-key", otherKey, "--key", demo, "--opening-key", work.PathOf("opening-key-International.json"), "--url", FakeOpening.Url, "--token", "tok");

        Assert.Equal(1, code);
        Assert.Contains("ENVELOPE-KEY", output);
        Assert.Empty(platform.Requests);
    }

    [Fact]
    public async Task An_envelope_sealed_to_the_opening_key_alone_has_no_part()
    {
        var envelope = await SealAsync("OpeningKey");

        var (code, output) = await work.RunAsync("bidder-part", "--tender", Tender, "--envelope", envelope, "--encryption-key", demo, "--key", demo,
            "--opening-key", work.PathOf("opening-key-International.json"), "--offline", "--out", work.PathOf("part.json"));

        Assert.Equal(1, code);
        Assert.Contains("only a BidderAndQuorum bid has a bidder part", output);
        Assert.False(File.Exists(work.PathOf("part.json")));
    }

    [Theory]
    [InlineData("--offline")]
    [InlineData("--offline", "--out", "part.json")]
    [InlineData("--out", "part.json")]
    public async Task Offline_needs_an_output_file_and_the_saved_opening_key(params string[] extra)
    {
        var (code, output) = await work.RunAsync(["bidder-part", "--tender", Tender, "--envelope", "bid.thse", "--encryption-key", demo, "--key", demo, .. extra]);

        Assert.Equal(2, code);
        Assert.Contains("usage error", output);
    }

    private async Task<string> SealAsync(string policy)
    {
        var keyFile = work.WriteOpeningKey(Tender, opening, policy);
        await work.RunAsync("form", "--price", "12345678.90", "--duration", "365", "--quality", "合格", "--deposit-ref", "DEP-123", "--out", work.PathOf("bid-form.json"));
        string[] bidderKey = policy == "BidderAndQuorum" ? ["--bidder-encryption-key", demo] : [];
        var (code, output) = await work.RunAsync(["seal", "--tender", Tender, "--bidder", "bidder-07", "--form", work.PathOf("bid-form.json"),
            "--opening-key", keyFile, .. bidderKey, "--out", work.PathOf("bid.thse")]);
        Assert.True(code == 0, output);
        return work.PathOf("bid.thse");
    }

    private FakeOpening Platform(string envelope, string? refuseWith = null) =>
        new(Tender, opening, SignatureVerifier.ImportSubjectPublicKeyInfo(signing.ExportSubjectPublicKeyInfo()), File.ReadAllBytes(envelope)) { RefuseWith = refuseWith };

    public void Dispose()
    {
        opening.Dispose();
        signing.Dispose();
        encryption.Dispose();
        work.Dispose();
    }
}
