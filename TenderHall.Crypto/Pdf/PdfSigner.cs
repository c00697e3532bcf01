using Org.BouncyCastle.X509;
using PdfSharp.Drawing;
using PdfSharp.Pdf.Annotations;
using PdfSharp.Pdf.IO;
using PdfSharp.Pdf.Signatures;
using TenderHall.Crypto.Signing;

namespace TenderHall.Crypto.Pdf;

/// <summary>
/// Signs a PDF with PDFsharp's signature dictionary and a detached CMS SignedData (adbe.pkcs7.detached) covering the
/// whole file but the signature itself.
/// </summary>
/// <remarks>
/// PDFsharp 6.2.4 rewrites the whole file when it saves, it cannot append an incremental update: signing an already
/// signed file would break the earlier signature, so it is refused here. A later signer (the supervisor, whose key stays
/// on their side) signs through <see cref="PdfCountersigner"/>, which appends its own incremental update. A PDF/A record
/// (docs/archive.md) is signed by such updates too, one per signer: PDFsharp writes its XMP anew on saving and declares
/// PDF/A only for a document it created with <c>SetPdfA</c>, which fails on an opened one, so a re-save would lose it.
/// </remarks>
public static class PdfSigner
{
    /// <summary>Signs <paramref name="pdf"/> (an unsigned PDF) and returns the signed file.</summary>
    public static async Task<byte[]> SignAsync(Stream pdf, PdfSignatureRequest request)
    {
        using var copy = new MemoryStream();
        await pdf.CopyToAsync(copy);
        return await SignAsync(copy.ToArray(), request);
    }

    /// <summary>Signs <paramref name="pdf"/> (an unsigned PDF) and returns the signed file.</summary>
    public static async Task<byte[]> SignAsync(byte[] pdf, PdfSignatureRequest request)
    {
        if (request.Signers.Count == 0)
            throw new ArgumentException("A signature request needs at least one signer.", nameof(request));
        if (PdfSignatureField.FindAll(pdf).Count > 0)
            throw new InvalidOperationException("The PDF is already signed; PDFsharp cannot add an incremental signature without breaking it. Countersign it with PdfCountersigner.");
        var signers = request.Signers.Select(s => Prepare(s, request)).ToList();
        if (PdfArchivalFormat.DeclaresPdfA(pdf)) return SignIncrementally(pdf, request, signers.Select(s => s.Item2).ToList());

        using var input = new MemoryStream(pdf, writable: false);
        using var document = PdfReader.Open(input, PdfDocumentOpenMode.Modify);
        document.Info.ModificationDate = request.SigningTime.UtcDateTime;
        DigitalSignatureHandler.ForDocument(document, new CmsDigitalSigner(signers, request.SigningTime), new DigitalSignatureOptions
        {
            AppName = "TenderHall",
            Reason = request.Reason ?? "",
            Location = request.Location ?? "",
            ContactInfo = request.ContactInfo ?? "",
            PageIndex = 0,
            Rectangle = new XRect(0, 0, 0, 0), // invisible signature: the document itself shows who signed in its notes
            // PDFsharp's default appearance writes text, so it would need a font; an invisible signature draws nothing.
            AppearanceHandler = new NoAppearance(),
        });

        // Save to memory first: a signer failing during the save leaves a truncated file behind.
        using var output = new MemoryStream();
        await document.SaveAsync(output, closeStream: false);
        return output.ToArray();
    }

    // The record's bytes stay as rendered, its PDF/A declaration with them; each signer appends its signature.
    private static byte[] SignIncrementally(byte[] pdf, PdfSignatureRequest request, List<X509Certificate> certificates)
    {
        var signed = pdf;
        for (var i = 0; i < request.Signers.Count; i++)
        {
            var key = request.Signers[i].Key;
            var prepared = PdfCountersigner.Prepare(signed, new PdfCountersignRequest(key.Verifier, certificates[i].GetEncoded(), request.SigningTime, $"Signature{i + 1}")
            {
                Name = certificates[i].SubjectDN.ToString(), Reason = request.Reason, Location = request.Location,
            });
            signed = PdfCountersigner.Complete(prepared, key.Sign(prepared.SignedAttributes));
        }

        return signed;
    }

    private static (CmsKeys, X509Certificate) Prepare(PdfSigningIdentity signer, PdfSignatureRequest request)
    {
        var keys = CmsKeys.From(signer.Key);
        var der = signer.Certificate ?? PdfCertificates.IssueSelfSigned(signer.Key, signer.Subject, request.SigningTime, request.SigningTime + request.CertificateValidity);
        var certificate = new X509Certificate(der);
        var certified = SignatureVerifier.ImportSubjectPublicKeyInfo(certificate.SubjectPublicKeyInfo.GetDerEncoded());
        if (!certified.RawPublicKey.AsSpan().SequenceEqual(signer.Key.Verifier.RawPublicKey))
            throw new ArgumentException($"The certificate of '{certificate.SubjectDN}' is for another key than the signer's.", nameof(request));
        return (keys, certificate);
    }

    private sealed class NoAppearance : IAnnotationAppearanceHandler
    {
        public void DrawAppearance(XGraphics gfx, XRect rect)
        {
        }
    }
}
