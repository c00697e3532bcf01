using TenderHall.Crypto.Pdf;
using TenderHall.Crypto.Signing;

namespace TenderHall.Crypto.Tests.Pdf;

public sealed class PdfSignatureTests
{
    [Theory]
    [InlineData(SignatureAlgorithm.EcdsaP256Sha256, "ECDSA P-256")]
    [InlineData(SignatureAlgorithm.Sm2Sm3, "SM2/SM3")]
    public async Task A_signed_record_verifies_and_names_its_signer_key_and_time(SignatureAlgorithm algorithm, string name)
    {
        using var key = SignatureKey.Generate(algorithm);
        var result = PdfSignatureVerifier.Verify(await SamplePdfs.SignedAsync(key, "CN=TenderHall Platform, O=滨江区公共资源交易中心, C=CN"));

        var signature = Assert.Single(result.Signatures);
        Assert.True(result.IsValid, signature.Problem);
        Assert.True(signature.CoversWholeFile);
        Assert.True(signature.SignatureVerified);
        Assert.Equal("CN=TenderHall Platform,O=滨江区公共资源交易中心,C=CN", signature.Subject);
        Assert.Equal(algorithm, signature.Algorithm);
        Assert.Equal(name, signature.AlgorithmName);
        Assert.Equal(SamplePdfs.OpenedAt.AddMinutes(45), signature.SigningTime);
        Assert.Equal(key.Verifier.RawPublicKey, signature.RawPublicKey);
        Assert.Equal(key.Verifier.ExportSubjectPublicKeyInfo(), signature.SubjectPublicKeyInfo);
        Assert.True(signature.IsBy(key.Verifier));
    }

    [Fact]
    public async Task Platform_and_supervisor_sign_together_as_two_signers_of_one_signature()
    {
        using var platform = SignatureKey.Generate(SignatureAlgorithm.Sm2Sm3);
        using var supervisor = SignatureKey.Generate(SignatureAlgorithm.EcdsaP256Sha256);
        var pdf = await PdfSigner.SignAsync(SamplePdfs.OpeningRecord(), SamplePdfs.Request(
            new PdfSigningIdentity(platform), new PdfSigningIdentity(supervisor, "CN=监督人 张三, O=滨江区财政局, C=CN")));

        var result = PdfSignatureVerifier.Verify(pdf);
        Assert.True(result.IsValid);
        Assert.Equal(2, result.Signatures.Count);
        Assert.All(result.Signatures, s => Assert.Equal(1, s.FieldNumber));
        Assert.True(PdfSignatureVerifier.VerifySignedBy(pdf, [platform.Verifier, supervisor.Verifier]));
    }

    [Fact]
    public async Task Countersigning_a_signed_pdf_afterwards_is_refused_because_it_would_break_the_first_signature()
    {
        using var platform = SignatureKey.Generate(SignatureAlgorithm.EcdsaP256Sha256);
        var signed = await SamplePdfs.SignedAsync(platform);
        await Assert.ThrowsAsync<InvalidOperationException>(() => PdfSigner.SignAsync(signed, SamplePdfs.Request(new PdfSigningIdentity(platform))));
    }

    [Fact]
    public async Task A_caller_supplied_certificate_is_used_and_must_match_the_key()
    {
        using var key = SignatureKey.Generate(SignatureAlgorithm.EcdsaP256Sha256);
        using var other = SignatureKey.Generate(SignatureAlgorithm.EcdsaP256Sha256);
        var certificate = PdfCertificates.IssueSelfSigned(key, "CN=Issued Elsewhere, C=CN", SamplePdfs.OpenedAt.AddDays(-1), SamplePdfs.OpenedAt.AddYears(1));

        var pdf = await PdfSigner.SignAsync(SamplePdfs.OpeningRecord(), SamplePdfs.Request(new PdfSigningIdentity(key, Certificate: certificate)));
        Assert.Equal("CN=Issued Elsewhere,C=CN", Assert.Single(PdfSignatureVerifier.Verify(pdf).Signatures).Subject);
        await Assert.ThrowsAsync<ArgumentException>(() =>
            PdfSigner.SignAsync(SamplePdfs.OpeningRecord(), SamplePdfs.Request(new PdfSigningIdentity(other, Certificate: certificate))));
    }

    [Fact]
    public async Task Ed25519_keys_are_refused_for_pdf_signatures()
    {
        using var key = SignatureKey.Generate(SignatureAlgorithm.Ed25519);
        await Assert.ThrowsAsync<NotSupportedException>(() => SamplePdfs.SignedAsync(key));
    }

    [Fact]
    public async Task VerifySignedBy_accepts_only_the_trusted_key()
    {
        using var platform = SignatureKey.Generate(SignatureAlgorithm.EcdsaP256Sha256);
        using var stranger = SignatureKey.Generate(SignatureAlgorithm.EcdsaP256Sha256);
        var pdf = await SamplePdfs.SignedAsync(platform);
        Assert.True(PdfSignatureVerifier.VerifySignedBy(pdf, [platform.Verifier]));
        Assert.False(PdfSignatureVerifier.VerifySignedBy(pdf, [stranger.Verifier]));
        Assert.False(PdfSignatureVerifier.VerifySignedBy(pdf, [platform.Verifier, stranger.Verifier]));
    }

    [Fact]
    public void An_unsigned_pdf_or_a_non_pdf_is_not_valid()
    {
        Assert.False(PdfSignatureVerifier.Verify(SamplePdfs.OpeningRecord()).IsValid);
        Assert.Empty(PdfSignatureVerifier.Verify("not a pdf /ByteRange [0 1 2"u8.ToArray()).Signatures);
        Assert.False(PdfSignatureVerifier.Verify([]).IsValid);
    }
}
