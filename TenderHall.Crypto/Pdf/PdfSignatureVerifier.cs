using Org.BouncyCastle.Asn1;
using Org.BouncyCastle.Asn1.Cms;
using Org.BouncyCastle.Asn1.GM;
using Org.BouncyCastle.Asn1.Nist;
using Org.BouncyCastle.Cms;
using Org.BouncyCastle.X509;
using TenderHall.Crypto.Signing;

namespace TenderHall.Crypto.Pdf;

/// <summary>Checks the CMS signatures of a PDF against its raw bytes; never throws on a damaged or forged file.</summary>
public static class PdfSignatureVerifier
{
    // Digests accepted in a SignerInfo: a signature over a weak digest proves nothing.
    private static readonly HashSet<string> StrongDigests =
        [NistObjectIdentifiers.IdSha256.Id, NistObjectIdentifiers.IdSha384.Id, NistObjectIdentifiers.IdSha512.Id, GMObjectIdentifiers.sm3.Id];

    /// <summary>Finds every signature dictionary and checks each SignerInfo in it.</summary>
    public static PdfVerificationResult Verify(byte[] pdf)
    {
        var checks = new List<PdfSignatureCheck>();
        var fields = PdfSignatureField.FindAll(pdf);
        for (var i = 0; i < fields.Count; i++)
            checks.AddRange(Check(pdf, fields[i], i + 1));
        return new PdfVerificationResult(checks);
    }

    /// <summary>True when the PDF is valid (<see cref="PdfVerificationResult.IsValid"/>) and each of <paramref name="trustedKeys"/> signed it.</summary>
    public static bool VerifySignedBy(byte[] pdf, IEnumerable<SignatureVerifier> trustedKeys) => Verify(pdf).IsSignedBy(trustedKeys);

    private static IEnumerable<PdfSignatureCheck> Check(byte[] pdf, PdfSignatureField field, int number)
    {
        if (field.Contents is null)
            return [new PdfSignatureCheck { FieldNumber = number, Problem = field.Problem }];
        CmsSignedData signedData;
        try
        {
            // The hex string is padded with zeros after the DER object: read exactly one object.
            using var input = new Asn1InputStream(field.Contents);
            var content = new byte[field.ByteRange[1] + field.ByteRange[3]];
            pdf.AsSpan(0, (int)field.ByteRange[1]).CopyTo(content);
            pdf.AsSpan((int)field.ByteRange[2], (int)field.ByteRange[3]).CopyTo(content.AsSpan((int)field.ByteRange[1]));
            signedData = new CmsSignedData(new CmsProcessableByteArray(content), ContentInfo.GetInstance(input.ReadObject()));
            var signers = signedData.GetSignerInfos().GetSigners();
            if (signers.Count == 0)
                return [new PdfSignatureCheck { FieldNumber = number, CoversWholeFile = field.CoversWholeFile, FollowedOnlyBySignatures = field.FollowedOnlyBySignatures, Problem = "the signature has no signer" }];
            return [.. signers.Select(s => CheckSigner(signedData, s, field, number))];
        }
        catch (Exception e) when (e is not OutOfMemoryException)
        {
            return [new PdfSignatureCheck { FieldNumber = number, CoversWholeFile = field.CoversWholeFile, FollowedOnlyBySignatures = field.FollowedOnlyBySignatures, Problem = $"the signature is not a readable CMS SignedData ({e.Message})" }];
        }
    }

    private static PdfSignatureCheck CheckSigner(CmsSignedData signedData, SignerInformation signer, PdfSignatureField field, int number)
    {
        var check = new PdfSignatureCheck { FieldNumber = number, CoversWholeFile = field.CoversWholeFile, FollowedOnlyBySignatures = field.FollowedOnlyBySignatures, AlgorithmName = signer.SignatureAlgorithm.Algorithm.Id };
        var certificate = signedData.GetCertificates().EnumerateMatches(signer.SignerID).FirstOrDefault();
        if (certificate is null)
            return check with { Problem = "the signature does not include the signer's certificate" };
        check = Describe(check, signer, certificate);

        string? problem;
        var verified = false;
        if (!StrongDigests.Contains(signer.DigestAlgorithmID.Algorithm.Id))
        {
            problem = $"the signature uses digest algorithm {signer.DigestAlgorithmID.Algorithm.Id}, which is not accepted";
        }
        else
        {
            try
            {
                verified = signer.Verify(certificate);
                problem = verified ? null : "the signature does not verify with the signer's key";
            }
            catch (Exception e) when (e is CmsException or Org.BouncyCastle.Security.SecurityUtilityException or ArgumentException or InvalidOperationException
                                          or Org.BouncyCastle.Security.Certificates.CertificateException)
            {
                // BouncyCastle reports a digest mismatch (the covered bytes changed) by throwing.
                problem = $"the signature does not match the signed bytes ({e.Message})";
            }
        }

        return check with { SignatureVerified = verified, Problem = field.Problem ?? problem };
    }

    private static PdfSignatureCheck Describe(PdfSignatureCheck check, SignerInformation signer, X509Certificate certificate)
    {
        var spki = certificate.SubjectPublicKeyInfo.GetDerEncoded();
        check = check with { Subject = certificate.SubjectDN.ToString(), SubjectPublicKeyInfo = spki, SigningTime = SigningTime(signer) };
        try
        {
            var key = SignatureVerifier.ImportSubjectPublicKeyInfo(spki);
            return check with
            {
                Algorithm = key.Algorithm,
                RawPublicKey = key.RawPublicKey,
                AlgorithmName = key.Algorithm switch
                {
                    SignatureAlgorithm.EcdsaP256Sha256 => "ECDSA P-256",
                    SignatureAlgorithm.Sm2Sm3 => "SM2/SM3",
                    _ => key.Algorithm.ToString(),
                },
            };
        }
        catch (CryptographicFormatException)
        {
            return check; // a key type the platform does not use: still checked, described by its OID
        }
    }

    private static DateTimeOffset? SigningTime(SignerInformation signer)
    {
        var attribute = signer.SignedAttributes?[CmsAttributes.SigningTime];
        return attribute is null || attribute.AttrValues.Count == 0
            ? null
            : new DateTimeOffset(DateTime.SpecifyKind(Time.GetInstance(attribute.AttrValues[0]).ToDateTime(), DateTimeKind.Utc));
    }
}
