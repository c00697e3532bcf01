using Org.BouncyCastle.Asn1;
using Org.BouncyCastle.Asn1.Cms;
using Org.BouncyCastle.Cms;
using Org.BouncyCastle.X509;
using PdfSharp.Pdf.Signatures;
using CmsAttribute = Org.BouncyCastle.Asn1.Cms.Attribute;

namespace TenderHall.Crypto.Pdf;

/// <summary>PDFsharp's signer callback: a detached CMS SignedData over the byte ranges, one SignerInfo per signer.</summary>
internal sealed class CmsDigitalSigner(IReadOnlyList<(CmsKeys Keys, X509Certificate Certificate)> signers, DateTimeOffset signingTime) : IDigitalSigner
{
    // A SignerInfo with its certificate is under 1 KiB; PDFsharp fails the save if the reserved space is too small.
    private const int BytesPerSigner = 8192;

    public string CertificateName => string.Join("; ", signers.Select(s => s.Certificate.SubjectDN.ToString()));

    public Task<int> GetSignatureSizeAsync() => Task.FromResult(BytesPerSigner * signers.Count);

    public Task<byte[]> GetSignatureAsync(Stream stream)
    {
        // PDFsharp's range stream throws from CanSeek (so CopyTo fails) and a plain read loop may return nothing:
        // read exactly Length bytes from position 0, or the signature would cover an empty message.
        stream.Position = 0;
        var content = new byte[stream.Length];
        stream.ReadExactly(content);

        var generator = new CmsSignedDataGenerator();
        var signed = new AttributeTable(new Asn1EncodableVector(
            new CmsAttribute(CmsAttributes.SigningTime, new DerSet(new Time(signingTime.UtcDateTime)))));
        foreach (var (keys, certificate) in signers)
        {
            if (keys.EncryptionOid is null)
                generator.AddSigner(keys.PrivateKey, certificate, keys.DigestOid, signed, null);
            else
                generator.AddSigner(keys.PrivateKey, certificate, keys.EncryptionOid, keys.DigestOid, signed, null);
            generator.AddCertificate(certificate);
        }

        return Task.FromResult(generator.Generate(new CmsProcessableByteArray(content), encapsulate: false).GetEncoded());
    }
}
