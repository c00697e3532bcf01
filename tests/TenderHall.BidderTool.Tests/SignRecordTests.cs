using System.Security.Cryptography;
using TenderHall.Crypto.Pdf;
using TenderHall.Crypto.Signing;
using TenderHall.Documents;

namespace TenderHall.BidderTool.Tests;

public sealed class SignRecordTests : IDisposable
{
    private const string Tender = "T-2026-0042";
    private static readonly DateTimeOffset At = new(2026, 3, 18, 10, 15, 0, TimeSpan.Zero);
    private readonly Workspace work = new();
    private readonly SignatureKey platformKey = SignatureKey.Generate(SignatureAlgorithm.EcdsaP256Sha256);
    private readonly string demo;
    private readonly ECDsa signing;
    private readonly ECDiffieHellman encryption;
    private readonly SignatureVerifier supervisor;

    public SignRecordTests()
    {
        demo = work.WriteDemoKeys(out signing, out encryption);
        supervisor = SignatureVerifier.ImportSubjectPublicKeyInfo(signing.ExportSubjectPublicKeyInfo());
    }

    [Fact]
    public async Task The_checked_record_is_signed_the_session_closed_and_both_signatures_verify()
    {
        var record = await RecordAsync("1,000,000.00");
        using var platform = new FakeRecordSigning(Tender, platformKey.Verifier, record, Prepare(record, supervisor));
        var video = work.Write("开标录像.mp4", "recording"u8.ToArray());

        var (code, output) = await work.RunAsync(platform.Client(), "sign-record", "--tender", Tender, "--key", demo, "--key-id", "k1", "--notes", "开标过程正常",
            "--recording", $"开标录像.mp4={video}", "--recording", "音频.m4a=" + new string('E', 64), "--out", work.PathOf("signed.pdf"),
            "--url", FakeRecordSigning.Url, "--token", "tok");

        Assert.True(code == 0, output);
        Assert.Contains("ok: the prepared PDF is the published record", output);
        Assert.Contains("ok: the certificate names your own", output);
        Assert.Contains($"SIGNED AND CLOSED: the opening record of tender {Tender} carries the platform's signature and yours, both valid.", output);
        Assert.Equal("k1", platform.SigningRequestBody!.Value.GetProperty("keyId").GetString());
        var close = platform.CloseBody!.Value;
        Assert.Equal("开标过程正常", close.GetProperty("notes").GetString());
        Assert.Equal(Convert.ToHexStringLower(SHA256.HashData("recording"u8)), close.GetProperty("recordings")[0].GetProperty("sha256").GetString());
        Assert.Equal(new string('e', 64), close.GetProperty("recordings")[1].GetProperty("sha256").GetString());
        Assert.True(PdfSignatureVerifier.VerifySignedBy(File.ReadAllBytes(work.PathOf("signed.pdf")), [platformKey.Verifier, supervisor]));
    }

    [Fact]
    public async Task A_byte_changed_in_the_published_part_of_the_prepared_pdf_is_refused_before_signing()
    {
        var record = await RecordAsync("1,000,000.00");
        var prepared = Prepare(record, supervisor);
        var tampered = (byte[])prepared.PreparedPdf.Clone();
        tampered[record.Length / 2] ^= 0x01;

        await AssertRefusedAsync(new FakeRecordSigning(Tender, platformKey.Verifier, record, prepared) { ServedPrepared = tampered },
            "the prepared PDF does not start with exactly the bytes of the published record");
    }

    [Fact]
    public async Task Signed_attributes_prepared_for_another_file_are_refused_before_signing()
    {
        var record = await RecordAsync("1,000,000.00");
        var other = Prepare(await RecordAsync("9,999,999.00"), supervisor);

        await AssertRefusedAsync(new FakeRecordSigning(Tender, platformKey.Verifier, record, Prepare(record, supervisor)) { ServedAttributes = other.SignedAttributes },
            "the attributes to sign do not carry the digest of the prepared PDF's empty signature: The signed attributes are not those of this prepared PDF.");
    }

    [Fact]
    public async Task A_record_whose_platform_signature_is_broken_is_refused_before_signing()
    {
        // The record and the prepared file agree, but a byte the platform signed has changed in both.
        var record = await RecordAsync("1,000,000.00");
        var prepared = Prepare(record, supervisor);
        var changedRecord = (byte[])record.Clone();
        var changedPrepared = (byte[])prepared.PreparedPdf.Clone();
        var at = Convert.ToInt32(System.Text.Encoding.Latin1.GetString(record).IndexOf("/Producer", StringComparison.Ordinal)) + 12;
        changedRecord[at] ^= 0x01;
        changedPrepared[at] ^= 0x01;

        await AssertRefusedAsync(new FakeRecordSigning(Tender, platformKey.Verifier, record, prepared) { ServedRecord = changedRecord, ServedPrepared = changedPrepared },
            "the platform's signature of the record is not intact");
    }

    [Fact]
    public async Task A_record_signed_by_another_key_than_the_platforms_published_one_is_refused()
    {
        using var impostor = SignatureKey.Generate(SignatureAlgorithm.EcdsaP256Sha256);
        var record = await RecordAsync("1,000,000.00", impostor);

        await AssertRefusedAsync(new FakeRecordSigning(Tender, platformKey.Verifier, record, Prepare(record, supervisor)),
            "the record is not signed by the platform's document key");
    }

    [Fact]
    public async Task A_certificate_for_another_key_than_the_supervisors_is_refused_before_signing()
    {
        using var impostor = SignatureKey.Generate(SignatureAlgorithm.EcdsaP256Sha256);
        var record = await RecordAsync("1,000,000.00");

        await AssertRefusedAsync(new FakeRecordSigning(Tender, platformKey.Verifier, record, Prepare(record, impostor.Verifier)),
            "the certificate the platform issued is not for the key in --key");
    }

    [Theory]
    [InlineData("--recording", "开标录像.mp4")]
    [InlineData("--recording", "=abc")]
    [InlineData("--recording", "录像=no-such-file.mp4")]
    [InlineData("--notes", " ")]
    public async Task A_malformed_recording_or_empty_notes_is_a_usage_error_and_nothing_is_asked(string option, string value)
    {
        using var platform = new FakeRecordSigning(Tender, platformKey.Verifier, [], new PdfCountersignature([], [], []));
        string[] notes = option == "--notes" ? [] : ["--notes", "正常"];

        var (code, output) = await work.RunAsync(platform.Client(), ["sign-record", "--tender", Tender, "--key", demo, .. notes, option, value,
            "--url", FakeRecordSigning.Url, "--token", "tok"]);

        Assert.Equal(2, code);
        Assert.Contains("usage error", output);
        Assert.Empty(platform.Requests);
    }

    [Fact]
    public async Task Notes_are_required()
    {
        var (code, output) = await work.RunAsync("sign-record", "--tender", Tender, "--key", demo, "--url", FakeRecordSigning.Url, "--token", "tok");

        Assert.Equal(2, code);
        Assert.Contains("usage error: --notes is required.", output);
    }

    private async Task AssertRefusedAsync(FakeRecordSigning platform, string reason)
    {
        using (platform)
        {
            var (code, output) = await work.RunAsync(platform.Client(), "sign-record", "--tender", Tender, "--key", demo, "--notes", "正常",
                "--url", FakeRecordSigning.Url, "--token", "tok");

            Assert.Equal(1, code);
            Assert.Contains("NOT SIGNED: " + reason, output);
            Assert.Contains("Nothing was signed or sent.", output);
            Assert.Null(platform.CloseBody);
            Assert.DoesNotContain(platform.Requests, r => r.EndsWith("/opening/close", StringComparison.Ordinal));
        }
    }

    private async Task<byte[]> RecordAsync(string price, SignatureKey? signer = null) =>
        await PdfSigner.SignAsync(
            new PdfDocumentBuilder("开标记录表", At).Subject(Tender + " 开标记录").Header("招标编号", Tender)
                .Table([new PdfColumn("投标人", 3), new PdfColumn("投标报价（元）", 1.6, PdfAlignment.Right)], [["北京中标建设工程有限公司", price]]).Build(),
            new PdfSignatureRequest([new PdfSigningIdentity(signer ?? platformKey)], At));

    private PdfCountersignature Prepare(byte[] record, SignatureVerifier certified) =>
        PdfCountersigner.Prepare(record, new PdfCountersignRequest(certified,
            PdfCertificates.Issue(platformKey, PdfSigningIdentity.PlatformSubject, certified, new PdfCertificateSubject("supervisor-1", "监督部门"), At, At.AddYears(10)),
            At, "Supervisor") { Name = "supervisor-1" });

    public void Dispose()
    {
        platformKey.Dispose();
        signing.Dispose();
        encryption.Dispose();
        work.Dispose();
    }
}
