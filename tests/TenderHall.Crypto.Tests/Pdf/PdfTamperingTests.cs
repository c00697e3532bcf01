using System.Text;
using TenderHall.Crypto.Pdf;
using TenderHall.Crypto.Signing;

namespace TenderHall.Crypto.Tests.Pdf;

public sealed class PdfTamperingTests
{
    public static TheoryData<string> Tamperings => ["first range", "second range", "byte range", "appended", "truncated", "incremental update", "corrupted signature", "signature of another file"];

    [Theory]
    [MemberData(nameof(Tamperings))]
    public async Task Tampering_is_reported_as_invalid_without_throwing(string tampering)
    {
        using var key = SignatureKey.Generate(SignatureAlgorithm.Sm2Sm3);
        var pdf = await SamplePdfs.SignedAsync(key);
        var field = Assert.Single(PdfSignatureField.FindAll(pdf));
        var gapStart = (int)field.ByteRange[1];
        var gapEnd = (int)field.ByteRange[2];

        var tampered = tampering switch
        {
            "first range" => Flip(pdf, gapStart / 2),
            "second range" => Flip(pdf, gapEnd + ((pdf.Length - gapEnd) / 2)),
            "byte range" => ShortenByteRange(pdf, field.ByteRange),
            "appended" => [.. pdf, .. "\n% appended after signing\n"u8],
            "truncated" => pdf[..^10],
            "incremental update" => [.. pdf, .. Encoding.ASCII.GetBytes("\n1 0 obj\n<< /Type /Catalog >>\nendobj\ntrailer\n<< /Root 1 0 R >>\n%%EOF\n")],
            "corrupted signature" => Flip(pdf, gapStart + 400),
            "signature of another file" => Splice(pdf, Assert.Single(PdfSignatureField.FindAll(await SamplePdfs.SignedAsync(key))).Contents!, gapStart),
            _ => throw new ArgumentOutOfRangeException(nameof(tampering)),
        };

        var result = PdfSignatureVerifier.Verify(tampered);
        Assert.False(result.IsValid);
        Assert.False(PdfSignatureVerifier.VerifySignedBy(tampered, [key.Verifier]));
        Assert.All(result.Signatures.Where(s => !s.IsValid), s => Assert.False(string.IsNullOrEmpty(s.Problem)));
    }

    [Fact]
    public async Task A_signature_replaced_by_an_attackers_own_is_intact_but_not_by_the_trusted_key()
    {
        using var platform = SignatureKey.Generate(SignatureAlgorithm.EcdsaP256Sha256);
        using var attacker = SignatureKey.Generate(SignatureAlgorithm.EcdsaP256Sha256);
        var pdf = await SamplePdfs.SignedAsync(platform);
        var field = Assert.Single(PdfSignatureField.FindAll(pdf));
        var covered = pdf[..(int)field.ByteRange[1]].Concat(pdf[(int)field.ByteRange[2]..]).ToArray();
        var keys = CmsKeys.From(attacker);
        var certificate = new Org.BouncyCastle.X509.X509Certificate(
            PdfCertificates.IssueSelfSigned(attacker, PdfSigningIdentity.PlatformSubject, SamplePdfs.OpenedAt, SamplePdfs.OpenedAt.AddYears(1)));
        var forged = await new CmsDigitalSigner([(keys, certificate)], SamplePdfs.OpenedAt.AddHours(1)).GetSignatureAsync(new MemoryStream(covered));

        var replaced = Splice(pdf, forged, (int)field.ByteRange[1]);
        Assert.True(PdfSignatureVerifier.Verify(replaced).IsValid); // the same claimed name, a valid signature...
        Assert.False(PdfSignatureVerifier.VerifySignedBy(replaced, [platform.Verifier])); // ...by another key
    }

    private static byte[] Flip(byte[] pdf, int index)
    {
        var copy = (byte[])pdf.Clone();
        // Keep hex digits hex so the damage is to the signature's value, not its encoding.
        copy[index] = copy[index] switch { (byte)'0' => (byte)'1', >= (byte)'1' and <= (byte)'9' => (byte)'0', _ => (byte)(copy[index] ^ 0x01) };
        return copy;
    }

    // Leaves the last byte out of the signature, keeping the file length.
    private static byte[] ShortenByteRange(byte[] pdf, long[] range)
    {
        var text = Encoding.Latin1.GetString(pdf);
        var from = $"[0 {range[1]} {range[2]} {range[3]}]";
        Assert.Contains(from, text, StringComparison.Ordinal);
        var to = $"[0 {range[1]} {range[2]} {range[3] - 1}".PadRight(from.Length - 1) + "]";
        return Encoding.Latin1.GetBytes(text.Replace(from, to, StringComparison.Ordinal));
    }

    // Writes a DER signature into the /Contents hex string that starts at gapStart ('<'), zero-padded like PDFsharp does.
    private static byte[] Splice(byte[] pdf, byte[] signature, int gapStart)
    {
        var copy = (byte[])pdf.Clone();
        var end = Array.IndexOf(copy, (byte)'>', gapStart);
        var hex = Convert.ToHexString(signature).PadRight(end - gapStart - 1, '0');
        Assert.Equal(end - gapStart - 1, hex.Length);
        Encoding.ASCII.GetBytes(hex).CopyTo(copy, gapStart + 1);
        return copy;
    }
}
