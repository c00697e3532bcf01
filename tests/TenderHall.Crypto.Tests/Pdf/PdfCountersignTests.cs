using System.Globalization;
using System.Text;
using TenderHall.Crypto.Pdf;
using TenderHall.Crypto.Pdf.Syntax;
using TenderHall.Crypto.Signing;

namespace TenderHall.Crypto.Tests.Pdf;

/// <summary>A second signer (the supervisor) signs the platform-signed record with a key the server never holds.</summary>
public sealed class PdfCountersignTests
{
    private static readonly DateTimeOffset SignedAt = SamplePdfs.OpenedAt.AddHours(2);

    public static TheoryData<SignatureAlgorithm> Algorithms => [SignatureAlgorithm.EcdsaP256Sha256, SignatureAlgorithm.Sm2Sm3, SignatureAlgorithm.Ed25519];

    [Theory]
    [MemberData(nameof(Algorithms))]
    public async Task A_countersignature_keeps_the_platform_signature_and_both_verify(SignatureAlgorithm algorithm)
    {
        using var platform = SignatureKey.Generate(SignatureAlgorithm.EcdsaP256Sha256);
        using var supervisor = SignatureKey.Generate(algorithm);
        var signed = await SamplePdfs.SignedAsync(platform);

        var countersigned = Countersign(signed, platform, supervisor);

        Assert.Equal(signed, countersigned[..signed.Length]); // an incremental update: not a byte of the original moves
        var result = PdfSignatureVerifier.Verify(countersigned);
        Assert.True(result.IsValid, string.Join("; ", result.Signatures.Select(s => s.Problem)));
        Assert.True(result.IsSignedBy([platform.Verifier, supervisor.Verifier]));
        Assert.Collection(result.Signatures,
            first => Assert.True(first.FollowedOnlyBySignatures && !first.CoversWholeFile && first.IsBy(platform.Verifier)),
            second => Assert.True(second.CoversWholeFile && second.IsBy(supervisor.Verifier) && second.Subject!.Contains("张监督", StringComparison.Ordinal)));
    }

    [Theory]
    [MemberData(nameof(Algorithms))]
    public async Task Inspect_accepts_the_attributes_of_the_prepared_file_with_the_keys_digest_and_refuses_others(SignatureAlgorithm algorithm)
    {
        using var platform = SignatureKey.Generate(SignatureAlgorithm.EcdsaP256Sha256);
        using var supervisor = SignatureKey.Generate(algorithm);
        var prepared = Prepare(await SamplePdfs.SignedAsync(platform), platform, supervisor);
        var other = Prepare(await SamplePdfs.SignedAsync(platform), platform, supervisor);
        var wrongDigest = algorithm == SignatureAlgorithm.Ed25519 ? SignatureAlgorithm.EcdsaP256Sha256 : SignatureAlgorithm.Ed25519;

        Assert.Null(PdfCountersigner.Inspect(prepared.PreparedPdf, prepared.SignedAttributes, algorithm));
        Assert.Equal("The signed attributes are not those of this prepared PDF.", PdfCountersigner.Inspect(prepared.PreparedPdf, other.SignedAttributes, algorithm));
        Assert.NotNull(PdfCountersigner.Inspect(prepared.PreparedPdf, prepared.SignedAttributes, wrongDigest));
        Assert.StartsWith("The signed attributes are not a DER set", PdfCountersigner.Inspect(prepared.PreparedPdf, [0x31, 0x05, 0x00], algorithm), StringComparison.Ordinal);
        Assert.Equal("The prepared PDF's last signature is not empty: it is not waiting for a signature.",
            PdfCountersigner.Inspect(PdfCountersigner.Complete(prepared, supervisor.Sign(prepared.SignedAttributes)), prepared.SignedAttributes, algorithm));
    }

    [Fact]
    public async Task Pdfsig_finds_both_signatures_valid()
    {
        using var platform = SignatureKey.Generate(SignatureAlgorithm.EcdsaP256Sha256);
        using var supervisor = SignatureKey.Generate(SignatureAlgorithm.EcdsaP256Sha256);
        var countersigned = Countersign(await SamplePdfs.SignedAsync(platform), platform, supervisor);

        var output = await PdfsigCrossCheckTests.PdfsigAsync(countersigned);

        Assert.Contains("Signature #2", output, StringComparison.Ordinal);
        Assert.Equal(2, output.Split("Signature is Valid.").Length - 1);
        Assert.Contains("Total document signed", output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_signature_by_another_key_or_over_other_attributes_is_refused()
    {
        using var platform = SignatureKey.Generate(SignatureAlgorithm.EcdsaP256Sha256);
        using var supervisor = SignatureKey.Generate(SignatureAlgorithm.Sm2Sm3);
        using var impostor = SignatureKey.Generate(SignatureAlgorithm.Sm2Sm3);
        var signed = await SamplePdfs.SignedAsync(platform);
        var prepared = Prepare(signed, platform, supervisor);
        var other = Prepare(await SamplePdfs.SignedAsync(platform), platform, supervisor); // another record

        Assert.Throws<CryptographicFormatException>(() => PdfCountersigner.Complete(prepared, impostor.Sign(prepared.SignedAttributes)));
        Assert.Throws<CryptographicFormatException>(() => PdfCountersigner.Complete(prepared with { PreparedPdf = other.PreparedPdf }, supervisor.Sign(prepared.SignedAttributes)));
        Assert.Throws<CryptographicFormatException>(() => PdfCountersigner.Prepare(signed, PdfSignatureRequestFor(platform, impostor, supervisor.Verifier)));
    }

    [Fact]
    public async Task A_page_changed_in_a_later_revision_invalidates_the_earlier_signature_even_if_countersigned()
    {
        using var platform = SignatureKey.Generate(SignatureAlgorithm.EcdsaP256Sha256);
        using var supervisor = SignatureKey.Generate(SignatureAlgorithm.EcdsaP256Sha256);
        var signed = await SamplePdfs.SignedAsync(platform);
        var xref = PdfCrossReference.Read(signed);
        var root = (PdfValue.Reference)xref.Sections[0].Trailer["Root"]!;
        var pageRef = (PdfValue.Reference)((PdfValue.Array)xref.Dictionary(xref.Dictionary(root)["Pages"])["Kids"]!).Items[0];
        var page = xref.Dictionary(pageRef);
        page.Set("MediaBox", new PdfValue.Atom("[0 0 100 100]"));
        var update = new StringBuilder("\n");
        var at = signed.Length + update.Length;
        update.Append(CultureInfo.InvariantCulture, $"{pageRef.Number} 0 obj\n{page}\nendobj\n");
        var xrefAt = signed.Length + update.Length;
        update.Append(CultureInfo.InvariantCulture, $"xref\n0 1\n0000000000 65535 f \n{pageRef.Number} 1\n{at:D10} 00000 n \n");
        update.Append(CultureInfo.InvariantCulture, $"trailer\n<</Size {xref.Sections[0].Trailer["Size"]}/Root {root}/Prev {xref.Sections[0].Offset}>>\nstartxref\n{xrefAt}\n%%EOF\n");
        var changed = Countersign([.. signed, .. Encoding.Latin1.GetBytes(update.ToString())], platform, supervisor);

        var result = PdfSignatureVerifier.Verify(changed);

        Assert.False(result.IsValid);
        Assert.False(result.Signatures[0].IsValid);
        Assert.Contains("/MediaBox", result.Signatures[0].Problem, StringComparison.Ordinal);
        Assert.True(result.Signatures[1].IsValid); // the countersigner did sign what it saw
    }

    [Fact]
    public async Task Bytes_appended_after_the_countersignature_invalidate_the_file()
    {
        using var platform = SignatureKey.Generate(SignatureAlgorithm.EcdsaP256Sha256);
        using var supervisor = SignatureKey.Generate(SignatureAlgorithm.Ed25519);
        var countersigned = Countersign(await SamplePdfs.SignedAsync(platform), platform, supervisor);

        var result = PdfSignatureVerifier.Verify([.. countersigned, .. "\n% later\n"u8]);

        Assert.False(result.IsValid);
        Assert.All(result.Signatures, s => Assert.False(s.IsValid));
    }

    private static byte[] Countersign(byte[] signed, SignatureKey platform, SignatureKey supervisor)
    {
        var prepared = Prepare(signed, platform, supervisor);
        return PdfCountersigner.Complete(prepared, supervisor.Sign(prepared.SignedAttributes));
    }

    private static PdfCountersignature Prepare(byte[] signed, SignatureKey platform, SignatureKey supervisor) =>
        PdfCountersigner.Prepare(signed, PdfSignatureRequestFor(platform, supervisor, supervisor.Verifier));

    // The certificate names `certified`; the request says the signer is `signer`.
    private static PdfCountersignRequest PdfSignatureRequestFor(SignatureKey platform, SignatureKey certified, SignatureVerifier signer) =>
        new(signer, PdfCertificates.Issue(platform, PdfSigningIdentity.PlatformSubject, certified.Verifier, new PdfCertificateSubject("张监督", "某市公共资源交易监督管理局, 监察科"), SignedAt, SignedAt.AddYears(1)),
            SignedAt, "Supervisor1") { Name = "张监督", Reason = "监督人员签章", Location = "TenderHall" };
}
