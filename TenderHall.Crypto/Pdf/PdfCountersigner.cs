using Org.BouncyCastle.Asn1;
using Org.BouncyCastle.Asn1.Cms;
using Org.BouncyCastle.Asn1.EdEC;
using Org.BouncyCastle.Asn1.GM;
using Org.BouncyCastle.Asn1.Nist;
using Org.BouncyCastle.Asn1.X509;
using Org.BouncyCastle.Asn1.X9;
using Org.BouncyCastle.Crypto.Digests;
using Org.BouncyCastle.Math;
using Org.BouncyCastle.X509;
using TenderHall.Crypto.Pdf.Syntax;
using TenderHall.Crypto.Signing;
using CmsAttribute = Org.BouncyCastle.Asn1.Cms.Attribute;
using CmsContentInfo = Org.BouncyCastle.Asn1.Cms.ContentInfo;

namespace TenderHall.Crypto.Pdf;

/// <summary>
/// Adds a signature to a signed PDF as an incremental update, for a signer whose private key never reaches the
/// server: <see cref="Prepare"/> appends an empty signature and returns the CMS signed attributes to sign;
/// <see cref="Complete"/> checks the signer's signature over them and embeds the CMS SignedData (adbe.pkcs7.detached,
/// one SignerInfo, ISO 32000-1 §12.8.3.3). The earlier signatures keep covering their revision unchanged.
/// </summary>
public static class PdfCountersigner
{
    // Room for the CMS object: a SignerInfo and two certificates are under 2 KiB.
    private const int ContentsBytes = 8192;

    /// <summary>Appends the empty signature field to <paramref name="signedPdf"/> and builds the attributes to sign.</summary>
    /// <exception cref="CryptographicFormatException">The file cannot be updated, or the key or certificate is unusable.</exception>
    public static PdfCountersignature Prepare(byte[] signedPdf, PdfCountersignRequest request)
    {
        RequireCertifies(request.Certificate, request.SignerKey);
        byte[] prepared;
        long[] range;
        try
        {
            (prepared, range) = PdfIncrementalSignatureWriter.Append(signedPdf,
                new PdfSignatureSlot(request.FieldName, request.SigningTime, request.Name, request.Reason, request.Location), ContentsBytes);
        }
        catch (PdfSyntaxException e)
        {
            throw new CryptographicFormatException($"The PDF cannot take another signature: {e.Message}.", e);
        }

        var attributes = new DerSet(
            new CmsAttribute(CmsAttributes.ContentType, new DerSet(CmsObjectIdentifiers.Data)),
            new CmsAttribute(CmsAttributes.SigningTime, new DerSet(new Org.BouncyCastle.Asn1.Cms.Time(request.SigningTime.UtcDateTime))),
            new CmsAttribute(CmsAttributes.MessageDigest, new DerSet(new DerOctetString(Digest(request.SignerKey.Algorithm, prepared, range)))));
        return new PdfCountersignature(prepared, attributes.GetEncoded(Asn1Encodable.Der), request.Certificate);
    }

    /// <summary>
    /// Embeds <paramref name="signature"/> (the signer's raw signature over <see cref="PdfCountersignature.SignedAttributes"/>)
    /// and returns the signed file; <paramref name="chain"/> adds issuer certificates to the SignedData.
    /// </summary>
    /// <exception cref="CryptographicFormatException">The signature is not the certified key's over those attributes, or they do not match the file.</exception>
    public static byte[] Complete(PdfCountersignature prepared, byte[] signature, IEnumerable<byte[]>? chain = null)
    {
        var certificate = new X509Certificate(prepared.Certificate);
        var key = SignatureVerifier.ImportSubjectPublicKeyInfo(certificate.SubjectPublicKeyInfo.GetDerEncoded());
        if (!key.Verify(prepared.SignedAttributes, signature))
            throw new CryptographicFormatException("The signature does not verify with the certified key over the prepared signed attributes.");
        if (SlotProblem(prepared.PreparedPdf, prepared.SignedAttributes, key.Algorithm, out var field) is { } problem)
            throw new CryptographicFormatException(problem);
        var range = field!.ByteRange;
        var attributes = Asn1Set.GetInstance(Asn1Object.FromByteArray(prepared.SignedAttributes));

        var (digestOid, signatureOid) = Algorithms(key.Algorithm);
        var signerInfo = new SignerInfo(
            new SignerIdentifier(new IssuerAndSerialNumber(certificate.IssuerDN, certificate.SerialNumber)),
            new AlgorithmIdentifier(digestOid), attributes, new AlgorithmIdentifier(signatureOid),
            new DerOctetString(CmsSignature(key.Algorithm, signature)), null);
        var certificates = new[] { prepared.Certificate }.Concat(chain ?? [])
            .Select(c => (Asn1Encodable)X509CertificateStructure.GetInstance(Asn1Object.FromByteArray(c))).ToArray();
        var signedData = new SignedData(new DerSet(new AlgorithmIdentifier(digestOid)), new CmsContentInfo(CmsObjectIdentifiers.Data, null),
            new DerSet(certificates), null, new DerSet(signerInfo));
        var cms = new CmsContentInfo(CmsObjectIdentifiers.SignedData, signedData).GetEncoded(Asn1Encodable.Der);
        if (cms.Length * 2 > range[2] - range[1] - 2)
            throw new CryptographicFormatException($"The signature ({cms.Length} bytes) does not fit the reserved space.");

        var signed = (byte[])prepared.PreparedPdf.Clone();
        System.Text.Encoding.ASCII.GetBytes(Convert.ToHexString(cms)).CopyTo(signed, range[1] + 1);
        return signed;
    }

    /// <summary>
    /// What a signer checks before signing: null when <paramref name="signedAttributes"/> carry, as messageDigest, the
    /// <paramref name="algorithm"/> digest (SHA-256 for P-256, SM3 for SM2, SHA-512 for Ed25519) of every byte of
    /// <paramref name="preparedPdf"/> but its last signature, which is still empty and covers the whole file; otherwise why not.
    /// </summary>
    public static string? Inspect(byte[] preparedPdf, byte[] signedAttributes, SignatureAlgorithm algorithm) =>
        SlotProblem(preparedPdf, signedAttributes, algorithm, out _);

    private static string? SlotProblem(byte[] pdf, byte[] signedAttributes, SignatureAlgorithm algorithm, out PdfSignatureField? slot)
    {
        slot = PdfSignatureField.FindAll(pdf).LastOrDefault(f => f.Contents is not null && f.CoversWholeFile);
        if (slot is null) return "The prepared PDF has no empty signature covering the whole file.";
        if (slot.Contents!.Any(b => b != 0)) return "The prepared PDF's last signature is not empty: it is not waiting for a signature.";
        byte[] digest;
        try
        {
            var attributes = new Org.BouncyCastle.Asn1.Cms.AttributeTable(Asn1Set.GetInstance(Asn1Object.FromByteArray(signedAttributes)));
            digest = attributes[CmsAttributes.MessageDigest] is { AttrValues.Count: 1 } messageDigest
                ? Asn1OctetString.GetInstance(messageDigest.AttrValues[0]).GetOctets()
                : throw new ArgumentException("no single messageDigest attribute");
        }
        catch (Exception e) when (e is ArgumentException or IOException or InvalidCastException)
        {
            return $"The signed attributes are not a DER set of CMS attributes with a message digest ({e.Message}).";
        }

        return digest.AsSpan().SequenceEqual(Digest(algorithm, pdf, slot.ByteRange)) ? null : "The signed attributes are not those of this prepared PDF.";
    }

    private static void RequireCertifies(byte[] certificate, SignatureVerifier key)
    {
        if (key is Sm2SignatureVerifier { UserId: not Sm2Curve.DefaultUserId })
            throw new CryptographicFormatException("PDF signatures use SM2 with the default user ID (GM/T 0009), which CMS verifiers assume; this key has another one.");
        try
        {
            var certified = SignatureVerifier.ImportSubjectPublicKeyInfo(new X509Certificate(certificate).SubjectPublicKeyInfo.GetDerEncoded());
            if (certified.Algorithm != key.Algorithm || !certified.RawPublicKey.AsSpan().SequenceEqual(key.RawPublicKey))
                throw new CryptographicFormatException("The certificate is for another key than the signer's.");
        }
        catch (Exception e) when (e is ArgumentException or IOException or InvalidCastException or Org.BouncyCastle.Security.Certificates.CertificateException)
        {
            throw new CryptographicFormatException("The signer's certificate is not a DER X.509 certificate.", e);
        }
    }

    // RFC 8419 §3.1 asks SHA-512 with Ed25519; SM2 uses SM3 (GM/T 0010), P-256 SHA-256.
    private static (DerObjectIdentifier Digest, DerObjectIdentifier Signature) Algorithms(SignatureAlgorithm algorithm) => algorithm switch
    {
        SignatureAlgorithm.EcdsaP256Sha256 => (NistObjectIdentifiers.IdSha256, X9ObjectIdentifiers.ECDsaWithSha256),
        SignatureAlgorithm.Sm2Sm3 => (GMObjectIdentifiers.sm3, GMObjectIdentifiers.sm2sign_with_sm3),
        SignatureAlgorithm.Ed25519 => (NistObjectIdentifiers.IdSha512, EdECObjectIdentifiers.id_Ed25519),
        _ => throw new CryptographicFormatException($"PDF signatures do not support {algorithm}."),
    };

    private static byte[] Digest(SignatureAlgorithm algorithm, byte[] pdf, long[] range)
    {
        Org.BouncyCastle.Crypto.IDigest digest = algorithm switch
        {
            SignatureAlgorithm.Sm2Sm3 => new SM3Digest(),
            SignatureAlgorithm.Ed25519 => new Sha512Digest(),
            _ => new Sha256Digest(),
        };
        digest.BlockUpdate(pdf, (int)range[0], (int)range[1]);
        digest.BlockUpdate(pdf, (int)range[2], (int)range[3]);
        var output = new byte[digest.GetDigestSize()];
        digest.DoFinal(output, 0);
        return output;
    }

    // CMS carries ECDSA and SM2 signatures as DER SEQUENCE { r, s }; the platform's keys sign r||s.
    private static byte[] CmsSignature(SignatureAlgorithm algorithm, byte[] signature) => algorithm == SignatureAlgorithm.Ed25519
        ? signature
        : new DerSequence(new DerInteger(new BigInteger(1, signature, 0, 32)), new DerInteger(new BigInteger(1, signature, 32, 32))).GetEncoded(Asn1Encodable.Der);
}
