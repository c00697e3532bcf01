using System.Security.Cryptography;
using TenderHall.Crypto;
using TenderHall.Crypto.Envelopes;
using TenderHall.Crypto.KeyWrap;
using TenderHall.Crypto.Payload;
using TenderHall.Crypto.Signing;

namespace TenderHall.BidderTool.Tests;

public sealed class SealingTests : IDisposable
{
    private const string Tender = "T-2026-0042";
    private readonly Workspace work = new();

    [Fact]
    public async Task Form_writes_the_canonical_bid_form()
    {
        var (code, _) = await work.RunAsync("form", "--price", "12345678.90", "--duration", "365", "--quality", "合格", "--deposit-ref", "DEP-123", "--out", work.PathOf("bid-form.json"));

        Assert.Equal(0, code);
        var form = BidFormJson.Deserialize(File.ReadAllBytes(work.PathOf("bid-form.json")));
        Assert.Equal(new BidForm("12345678.90", 365, "合格", "DEP-123"), form);
    }

    [Theory]
    [InlineData("1,000.00")]
    [InlineData("-5")]
    [InlineData("1e6")]
    public async Task Form_with_a_price_that_is_not_a_plain_decimal_is_a_usage_error(string price)
    {
        var (code, output) = await work.RunAsync("form", "--price", price, "--duration", "30", "--quality", "q", "--deposit-ref", "D", "--out", work.PathOf("f.json"));

        Assert.Equal(2, code);
        Assert.Contains("plain decimal", output);
    }

    [Theory]
    [InlineData(CryptoSuite.International)]
    [InlineData(CryptoSuite.Gm)]
    public async Task Sealed_bid_opens_to_the_form_and_attachments_and_passes_the_offline_self_test(CryptoSuite suite)
    {
        using var opening = EncryptionKeyPair.Generate(suite);
        var keyFile = work.WriteOpeningKey(Tender, opening);
        var form = await WriteFormAsync();
        var pdf = work.Write("tech.pdf", RandomNumberGenerator.GetBytes(300_000));
        var xlsx = work.Write("prices.xlsx", RandomNumberGenerator.GetBytes(1234));

        var (code, output) = await work.RunAsync("seal", "--tender", Tender, "--bidder", "bidder-07", "--form", form, "--attach", pdf, "--attach", xlsx,
            "--opening-key", keyFile, "--segment-size", "64KiB", "--out", work.PathOf("bid.thse"));
        Assert.True(code == 0, output);
        Assert.False(File.Exists(work.PathOf("bid.thse.partial")));

        var (opened, attachments) = await OpenAsync(work.PathOf("bid.thse"), opening);
        Assert.Equal("12345678.90", opened.Price);
        Assert.Equal(["tech.pdf", "prices.xlsx"], attachments.Keys);
        Assert.Equal(File.ReadAllBytes(pdf), attachments["tech.pdf"]);
        Assert.Equal(File.ReadAllBytes(xlsx), attachments["prices.xlsx"]);

        var selfTest = await work.RunAsync("self-test", "--tender", Tender, "--bidder", "bidder-07", "--opening-key", keyFile, work.PathOf("bid.thse"));
        Assert.True(selfTest.Code == 0, selfTest.Output);
        Assert.Contains($"SELF-TEST PASSED (offline): tender {Tender}, bidder bidder-07, {suite}, OpeningKey", selfTest.Output);
    }

    [Fact]
    public async Task Bidder_and_quorum_seal_needs_both_the_opening_key_and_the_bidders_own_key()
    {
        using var opening = EncryptionKeyPair.Generate(CryptoSuite.International);
        var keyFile = work.WriteOpeningKey(Tender, opening, "BidderAndQuorum");
        var demo = work.WriteDemoKeys(out var signing, out var encryption);
        using (signing)
        using (encryption)
        {
            var missing = await work.RunAsync("seal", "--tender", Tender, "--bidder", "bidder-07", "--form", await WriteFormAsync(), "--opening-key", keyFile, "--out", work.PathOf("bid.thse"));
            Assert.Equal(2, missing.Code);
            Assert.Contains("--bidder-encryption-key", missing.Output);

            var (code, output) = await work.RunAsync("seal", "--tender", Tender, "--bidder", "bidder-07", "--form", work.PathOf("bid-form.json"),
                "--opening-key", keyFile, "--bidder-encryption-key", demo, "--out", work.PathOf("bid.thse"));
            Assert.True(code == 0, output);

            using var bidderPair = EncryptionKeyPair.FromPrivateKey(CryptoSuite.International, encryption.ExportParameters(true).D);
            await using var envelope = File.OpenRead(work.PathOf("bid.thse"));
            await Assert.ThrowsAsync<EnvelopeException>(() => SealedEnvelope.OpenAsync(envelope, Stream.Null, [opening]));
            envelope.Position = 0;
            var header = await SealedEnvelope.OpenAsync(envelope, Stream.Null, [opening, bidderPair]);
            Assert.Equal(EnvelopePolicy.BidderAndQuorum, header.Policy);
        }
    }

    [Fact]
    public async Task Sealing_with_another_suite_than_the_tenders_key_is_refused()
    {
        using var opening = EncryptionKeyPair.Generate(CryptoSuite.Gm);
        var (code, output) = await work.RunAsync("seal", "--tender", Tender, "--bidder", "b", "--form", await WriteFormAsync(),
            "--opening-key", work.WriteOpeningKey(Tender, opening), "--suite", "International", "--out", work.PathOf("bid.thse"));

        Assert.Equal(1, code);
        Assert.Contains("seals with the Gm suite", output);
        Assert.False(File.Exists(work.PathOf("bid.thse")));
    }

    [Fact]
    public async Task Missing_attachment_leaves_no_envelope_behind()
    {
        using var opening = EncryptionKeyPair.Generate(CryptoSuite.International);
        var (code, output) = await work.RunAsync("seal", "--tender", Tender, "--bidder", "b", "--form", await WriteFormAsync(),
            "--attach", work.PathOf("nope.pdf"), "--opening-key", work.WriteOpeningKey(Tender, opening), "--out", work.PathOf("bid.thse"));

        Assert.Equal(1, code);
        Assert.Contains("nope.pdf", output);
        Assert.Empty(Directory.GetFiles(work.Folder, "bid.thse*"));
    }

    [Fact]
    public async Task Offline_self_test_refuses_an_envelope_for_another_tender()
    {
        using var opening = EncryptionKeyPair.Generate(CryptoSuite.International);
        var keyFile = work.WriteOpeningKey(Tender, opening);
        await work.RunAsync("seal", "--tender", Tender, "--bidder", "b", "--form", await WriteFormAsync(), "--opening-key", keyFile, "--out", work.PathOf("bid.thse"));
        var otherKey = work.WriteOpeningKey("T-OTHER", opening);

        var (code, output) = await work.RunAsync("self-test", "--tender", "T-OTHER", "--opening-key", otherKey, work.PathOf("bid.thse"));

        Assert.Equal(1, code);
        Assert.Contains("ENVELOPE-TENDER", output);
    }

    [Fact]
    public async Task Sign_prints_and_saves_a_signature_the_bidders_public_key_verifies()
    {
        var demo = work.WriteDemoKeys(out var signing, out var encryption);
        using (signing)
        using (encryption)
        {
            var envelope = work.Write("bid.thse", RandomNumberGenerator.GetBytes(5000));

            var (code, output) = await work.RunAsync("sign", "--key", demo, envelope);

            Assert.Equal(0, code);
            var printed = output.Split('\n')[0].Trim();
            Assert.Equal(printed, File.ReadAllText(envelope + ".sig").Trim());
            var verifier = SignatureVerifier.ImportSubjectPublicKeyInfo(signing.ExportSubjectPublicKeyInfo());
            Assert.True(EnvelopeIdentity.Verify(verifier, SHA256.HashData(File.ReadAllBytes(envelope)), Convert.FromBase64String(printed)));
        }
    }

    [Fact]
    public async Task Sign_reads_a_pem_pkcs8_key_file()
    {
        using var signing = ECDsa.Create(ECCurve.NamedCurves.nistP256);
        var pem = work.Write("bidder-signing.pem", signing.ExportPkcs8PrivateKeyPem());
        var envelope = work.Write("bid.thse", RandomNumberGenerator.GetBytes(100));

        var (code, output) = await work.RunAsync("sign", "--key", pem, envelope);

        Assert.Equal(0, code);
        var verifier = SignatureVerifier.ImportSubjectPublicKeyInfo(signing.ExportSubjectPublicKeyInfo());
        Assert.True(EnvelopeIdentity.Verify(verifier, SHA256.HashData(File.ReadAllBytes(envelope)), Convert.FromBase64String(output.Split('\n')[0].Trim())));
    }

    [Theory]
    [InlineData("frobnicate")]
    [InlineData("seal", "--no-such-option", "x")]
    [InlineData("sign", "a.thse", "b.thse", "--key", "k")]
    public async Task Wrong_command_lines_exit_with_2(params string[] args)
    {
        var (code, output) = await work.RunAsync(args);

        Assert.Equal(2, code);
        Assert.Contains("usage error", output);
    }

    private async Task<string> WriteFormAsync()
    {
        await work.RunAsync("form", "--price", "12345678.90", "--duration", "365", "--quality", "合格", "--deposit-ref", "DEP-123", "--out", work.PathOf("bid-form.json"));
        return work.PathOf("bid-form.json");
    }

    private static async Task<(BidForm Form, Dictionary<string, byte[]> Attachments)> OpenAsync(string path, EncryptionKeyPair key)
    {
        var plaintext = new MemoryStream();
        await using (var envelope = File.OpenRead(path))
            await SealedEnvelope.OpenAsync(envelope, plaintext, [key]);
        plaintext.Position = 0;
        var reader = await BidPayloadReader.OpenAsync(plaintext);
        var attachments = new Dictionary<string, byte[]>();
        while (true)
        {
            var content = new MemoryStream();
            if (await reader.ReadNextAttachmentAsync(content) is not { } entry) break;
            attachments.Add(entry.Name, content.ToArray());
        }

        return (reader.Form, attachments);
    }

    public void Dispose() => work.Dispose();
}
