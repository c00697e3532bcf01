using TenderHall.Crypto.Pdf;
using TenderHall.Crypto.Signing;
using TenderHall.Documents;

namespace TenderHall.Verifier.Tests;

public sealed class PdfVerificationTests : IDisposable
{
    private static readonly DateTimeOffset SignedAt = new(2026, 3, 18, 10, 15, 0, TimeSpan.FromHours(8));
    private readonly string folder = Directory.CreateTempSubdirectory("th-verify-pdf-").FullName;
    private readonly SignatureKey platform = SignatureKey.Generate(SignatureAlgorithm.EcdsaP256Sha256);

    [Fact]
    public async Task A_signed_record_is_valid_and_names_its_signer()
    {
        var (code, output) = await Cli.RunAsync("verify-pdf", await SignedAsync());
        Assert.Equal(0, code);
        Assert.StartsWith("VALID: signed by CN=TenderHall Platform,O=TenderHall,C=CN (ECDSA P-256, at 2026-03-18 02:15:00Z)", output, StringComparison.Ordinal);
        Assert.Contains("the signature covers the whole file", output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_signed_record_made_for_the_archive_is_valid_and_reports_its_pdf_a_declaration_and_embedded_fonts()
    {
        var archival = await PdfSigner.SignAsync(Record(archival: true), new PdfSignatureRequest([new PdfSigningIdentity(platform)], SignedAt));
        var (code, output) = await Cli.RunAsync("verify-pdf", Write("archival.pdf", archival));
        Assert.Equal(0, code);
        Assert.StartsWith("VALID: signed by CN=TenderHall Platform,O=TenderHall,C=CN", output, StringComparison.Ordinal);
        Assert.Matches("It declares PDF/A-1A and embeds all its [1-9][0-9]* fonts\\.", output);
        Assert.DoesNotContain("PDF/A", (await Cli.RunAsync("verify-pdf", await SignedAsync())).Output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_given_key_as_base64_or_as_a_pem_file_must_be_the_signers()
    {
        var pdf = await SignedAsync();
        var spki = platform.Verifier.ExportSubjectPublicKeyInfo();
        var pem = Write("platform.pem", System.Text.Encoding.ASCII.GetBytes(System.Security.Cryptography.PemEncoding.WriteString("PUBLIC KEY", spki)));

        Assert.Equal(0, (await Cli.RunAsync("verify-pdf", pdf, "--key", Convert.ToBase64String(spki))).Code);
        Assert.Equal(0, (await Cli.RunAsync("verify-pdf", pdf, "--key", pem)).Code);
        using var other = SignatureKey.Generate(SignatureAlgorithm.Sm2Sm3);
        var (code, output) = await Cli.RunAsync("verify-pdf", pdf, "--key", Convert.ToBase64String(other.Verifier.ExportSubjectPublicKeyInfo()));
        Assert.Equal(1, code);
        Assert.StartsWith("INVALID: the signatures are intact, but not by the given key", output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_record_countersigned_by_the_supervisor_needs_both_keys()
    {
        using var supervisor = SignatureKey.Generate(SignatureAlgorithm.Sm2Sm3);
        var signed = await PdfSigner.SignAsync(Record(), new PdfSignatureRequest([new PdfSigningIdentity(platform)], SignedAt));
        var certificate = PdfCertificates.Issue(platform, PdfSigningIdentity.PlatformSubject, supervisor.Verifier, new PdfCertificateSubject("监督人", "监督局"), SignedAt, SignedAt.AddYears(1));
        var prepared = PdfCountersigner.Prepare(signed, new PdfCountersignRequest(supervisor.Verifier, certificate, SignedAt.AddMinutes(30), "Supervisor"));
        var pdf = Write("countersigned.pdf", PdfCountersigner.Complete(prepared, supervisor.Sign(prepared.SignedAttributes)));
        string Key(SignatureKey key) => Convert.ToBase64String(key.Verifier.ExportSubjectPublicKeyInfo());

        var (code, output) = await Cli.RunAsync("verify-pdf", pdf, "--key", Key(platform), "--key", Key(supervisor));
        Assert.Equal(0, code);
        Assert.Contains("and CN=监督人,O=监督局,C=CN (SM2/SM3", output, StringComparison.Ordinal);
        Assert.Contains("signature 1 covers revision 1, which later revisions only countersign", output, StringComparison.Ordinal);

        using var stranger = SignatureKey.Generate(SignatureAlgorithm.Sm2Sm3);
        Assert.Equal(1, (await Cli.RunAsync("verify-pdf", pdf, "--key", Key(platform), "--key", Key(stranger))).Code);
        Assert.Equal(1, (await Cli.RunAsync("verify-pdf", Write("truncated.pdf", File.ReadAllBytes(pdf)[..(signed.Length - 1)]))).Code);
    }

    [Fact]
    public async Task A_changed_byte_makes_the_file_invalid()
    {
        var bytes = await File.ReadAllBytesAsync(await SignedAsync());
        bytes[300] ^= 0x01;
        var (code, output) = await Cli.RunAsync("verify-pdf", Write("tampered.pdf", bytes));
        Assert.Equal(1, code);
        Assert.StartsWith("INVALID: the signature of CN=TenderHall Platform", output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Bytes_appended_after_signing_make_the_file_invalid()
    {
        var bytes = await File.ReadAllBytesAsync(await SignedAsync());
        var (code, output) = await Cli.RunAsync("verify-pdf", Write("appended.pdf", [.. bytes, .. "\n%extra\n"u8]));
        Assert.Equal(1, code);
        Assert.Contains("the file was changed after this signature covered its first", output, StringComparison.Ordinal);
        Assert.Contains("follow the last revision", output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_unsigned_pdf_is_invalid_and_a_bad_key_is_a_usage_error()
    {
        var (code, output) = await Cli.RunAsync("verify-pdf", Write("unsigned.pdf", Record()));
        Assert.Equal(1, code);
        Assert.StartsWith("INVALID: the file carries no PDF signature", output, StringComparison.Ordinal);
        Assert.Equal(2, (await Cli.RunAsync("verify-pdf", await SignedAsync(), "--key", "not-a-key")).Code);
        Assert.Equal(1, (await Cli.RunAsync("verify-pdf", Path.Combine(folder, "missing.pdf"))).Code);
    }

    public void Dispose()
    {
        platform.Dispose();
        Directory.Delete(folder, recursive: true);
    }

    private static byte[] Record(bool archival = false)
    {
        var record = new PdfDocumentBuilder("开标记录表", SignedAt)
            .Header("招标编号", "T-2026-0001")
            .Table([new PdfColumn("投标人"), new PdfColumn("投标报价（元）", Alignment: PdfAlignment.Right)], [["北京中标建设工程有限公司", "12,345,678.00"]]);
        return (archival ? record.Archival("T-2026-0001", "2026-460000-48-01-000123") : record).Build();
    }

    private async Task<string> SignedAsync() =>
        Write($"{Guid.NewGuid():N}.pdf", await PdfSigner.SignAsync(Record(), new PdfSignatureRequest([new PdfSigningIdentity(platform)], SignedAt)));

    private string Write(string name, byte[] content)
    {
        var path = Path.Combine(folder, name);
        File.WriteAllBytes(path, content);
        return path;
    }
}
