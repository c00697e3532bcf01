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

    [Fact]
    public async Task A_record_made_for_the_archive_stays_pdf_a_naming_tender_and_project_with_its_fonts_embedded_through_both_signatures()
    {
        using var platform = SignatureKey.Generate(SignatureAlgorithm.EcdsaP256Sha256);
        using var supervisor = SignatureKey.Generate(SignatureAlgorithm.Sm2Sm3);
        var record = SamplePdfs.ArchivalRecord();
        var signed = await PdfSigner.SignAsync(record, SamplePdfs.Request(new PdfSigningIdentity(platform)));
        var countersigned = Countersign(signed, platform, supervisor);

        foreach (var pdf in new[] { record, signed, countersigned })
        {
            var format = PdfArchivalFormat.Inspect(pdf);
            Assert.NotNull(format.PdfA);
            Assert.Contains($"tender:{SamplePdfs.TenderId}; project:{SamplePdfs.ProjectCode}", format.Xmp, StringComparison.Ordinal);
            Assert.True(format.Fonts > 0);
            Assert.Empty(format.Unembedded);
        }

        Assert.True(PdfSignatureVerifier.Verify(countersigned).IsSignedBy([platform.Verifier, supervisor.Verifier]));
        Assert.Null(PdfArchivalFormat.Inspect(SamplePdfs.OpeningRecord()).PdfA); // a record not made for the archive declares nothing
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
    public async Task A_signer_name_that_spells_the_signature_keys_does_not_confuse_the_patch()
    {
        using var platform = SignatureKey.Generate(SignatureAlgorithm.EcdsaP256Sha256);
        using var supervisor = SignatureKey.Generate(SignatureAlgorithm.EcdsaP256Sha256);
        var request = PdfSignatureRequestFor(platform, supervisor, supervisor.Verifier) with { Name = "x/ByteRange[0 1 2 3]/Contents <00>" };
        var prepared = PdfCountersigner.Prepare(await SamplePdfs.SignedAsync(platform), request);

        var result = PdfSignatureVerifier.Verify(PdfCountersigner.Complete(prepared, supervisor.Sign(prepared.SignedAttributes)));

        Assert.True(result.IsSignedBy([platform.Verifier, supervisor.Verifier]), string.Join("; ", result.Signatures.Select(s => s.Problem)));
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
        var (pageNumber, page) = FirstPage(signed);
        page.Set("MediaBox", new PdfValue.Atom("[0 0 100 100]"));
        var changed = Countersign(Update(signed, [(pageNumber, page.ToString())]), platform, supervisor);

        var result = PdfSignatureVerifier.Verify(changed);

        Assert.False(result.IsValid);
        Assert.False(result.Signatures[0].IsValid);
        Assert.Contains("/MediaBox", result.Signatures[0].Problem, StringComparison.Ordinal);
        Assert.True(result.Signatures[1].IsValid); // the countersigner did sign what it saw
    }

    public static TheoryData<string, string> Disguises => new()
    {
        // Text drawn on the page by an annotation that calls itself a signature field.
        { "free text", "<</Type/Annot/Subtype/FreeText/FT/Sig/Rect[100 700 400 720]/Contents(单价 1 元)/P 4 0 R>>" },
        // A "signature" widget with an appearance of its own: it could paint over a price.
        { "visible widget", "<</Type/Annot/Subtype/Widget/FT/Sig/T(S)/Rect[0 0 0 0]/AP<</N 5 0 R>>/P 4 0 R>>" },
        // A widget that runs an action when the page opens.
        { "action", "<</Type/Annot/Subtype/Widget/FT/Sig/T(S)/Rect[0 0 0 0]/AA<</PO<</S/JavaScript/JS(app.alert(1))>>>>/P 4 0 R>>" },
    };

    [Theory]
    [MemberData(nameof(Disguises))]
    public async Task An_annotation_disguised_as_a_signature_field_invalidates_the_earlier_signature(string disguise, string annotation)
    {
        using var platform = SignatureKey.Generate(SignatureAlgorithm.EcdsaP256Sha256);
        var signed = await SamplePdfs.SignedAsync(platform);
        var (pageNumber, page) = FirstPage(signed);
        var size = int.Parse(((PdfValue.Atom)PdfCrossReference.Read(signed).Sections[0].Trailer["Size"]!).Text, CultureInfo.InvariantCulture);
        page.Set("Annots", new PdfValue.Array([.. ((PdfValue.Array)page["Annots"]!).Items, new PdfValue.Reference(size, 0)]));

        var result = PdfSignatureVerifier.Verify(Update(signed, [(pageNumber, page.ToString()), (size, annotation.Replace("4 0 R", $"{pageNumber} 0 R", StringComparison.Ordinal))], size + 1));

        Assert.False(result.Signatures[0].IsValid, disguise);
        Assert.Contains("signature", result.Signatures[0].Problem, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_repeated_key_a_new_trailer_entry_or_unlisted_bytes_invalidate_the_earlier_signature()
    {
        using var platform = SignatureKey.Generate(SignatureAlgorithm.EcdsaP256Sha256);
        var signed = await SamplePdfs.SignedAsync(platform);
        var (pageNumber, page) = FirstPage(signed);
        var text = page.ToString();

        // Readers disagree on which of two /MediaBox entries wins.
        var repeated = PdfSignatureVerifier.Verify(Update(signed, [(pageNumber, text[..^2] + "/MediaBox[0 0 100 100]>>")]));
        Assert.Contains("repeats the key /MediaBox", repeated.Signatures[0].Problem, StringComparison.Ordinal);
        // A hybrid cross-reference stream would redefine objects behind the table's back.
        var hybrid = PdfSignatureVerifier.Verify(Update(signed, [(pageNumber, text)], trailerExtra: "/XRefStm 12"));
        Assert.Contains("adds /XRefStm to the trailer", hybrid.Signatures[0].Problem, StringComparison.Ordinal);
        // An object no table lists, which a repairing reader might still pick up.
        var smuggled = PdfSignatureVerifier.Verify(Update(signed, [(pageNumber, text)], junk: "99 0 obj\n<</Type/Page>>\nendobj\n"));
        Assert.Contains("not one of its objects", smuggled.Signatures[0].Problem, StringComparison.Ordinal);
        Assert.All([repeated, hybrid, smuggled], r => Assert.False(r.IsValid));
    }

    [Fact]
    public void A_crafted_cross_reference_or_deep_nesting_is_reported_not_thrown()
    {
        var nested = Encoding.Latin1.GetBytes("%PDF-1.7\n1 0 obj\n" + new string('[', 100_000) + "\nendobj\nxref\n0 2\n0000000000 65535 f \n0000000009 00000 n \ntrailer\n<</Size 2/Root 1 0 R/Prev -5>>\nstartxref\n999999999\n%%EOF\n");
        Assert.NotNull(PdfSignatureUpdates.ProblemAfter(nested, 10));
        Assert.Empty(PdfSignatureVerifier.Verify(nested).Signatures);
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

    private static (int Number, PdfValue.Dictionary Page) FirstPage(byte[] pdf)
    {
        var xref = PdfCrossReference.Read(pdf);
        var root = (PdfValue.Reference)xref.Sections[0].Trailer["Root"]!;
        var reference = (PdfValue.Reference)((PdfValue.Array)xref.Dictionary(xref.Dictionary(root)["Pages"])["Kids"]!).Items[0];
        return (reference.Number, xref.Dictionary(reference));
    }

    // An incremental update redefining or adding `objects`, with the trailer of the last revision carried over.
    private static byte[] Update(byte[] pdf, IReadOnlyList<(int Number, string Body)> objects, int? size = null, string trailerExtra = "", string junk = "")
    {
        var last = PdfCrossReference.Read(pdf).Sections[0];
        var text = new StringBuilder("\n").Append(junk);
        var offsets = new List<(int, int)>();
        foreach (var (number, body) in objects)
        {
            offsets.Add((number, pdf.Length + text.Length));
            text.Append(CultureInfo.InvariantCulture, $"{number} 0 obj\n{body}\nendobj\n");
        }

        var xrefAt = pdf.Length + text.Length;
        text.Append("xref\n0 1\n0000000000 65535 f \n");
        foreach (var (number, offset) in offsets.OrderBy(o => o.Item1)) text.Append(CultureInfo.InvariantCulture, $"{number} 1\n{offset:D10} 00000 n \n");
        var trailer = last.Trailer;
        text.Append(CultureInfo.InvariantCulture, $"trailer\n<</Size {size?.ToString(CultureInfo.InvariantCulture) ?? trailer["Size"]!.ToString()}/Root {trailer["Root"]}/Info {trailer["Info"]}/Prev {last.Offset}{trailerExtra}>>\nstartxref\n{xrefAt}\n%%EOF\n");
        return [.. pdf, .. Encoding.Latin1.GetBytes(text.ToString())];
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
