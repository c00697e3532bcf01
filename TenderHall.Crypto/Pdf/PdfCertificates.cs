using System.Security.Cryptography;
using Org.BouncyCastle.Asn1;
using Org.BouncyCastle.Asn1.X509;
using Org.BouncyCastle.Crypto.Operators;
using Org.BouncyCastle.Math;
using Org.BouncyCastle.Security;
using Org.BouncyCastle.X509;
using TenderHall.Crypto.Signing;

namespace TenderHall.Crypto.Pdf;

/// <summary>Self-signed X.509 certificates for signature keys, so a PDF signature names its signer.</summary>
public static class PdfCertificates
{
    /// <summary>
    /// Issues a DER certificate for <paramref name="key"/> (ECDSA P-256 or SM2) signed by the key itself. It asserts a
    /// name, not an identity: verifiers trust the public key, compared with one they obtained elsewhere.
    /// </summary>
    public static byte[] IssueSelfSigned(SignatureKey key, string subject, DateTimeOffset notBefore, DateTimeOffset notAfter)
    {
        var keys = CmsKeys.From(key);
        var name = new X509Name(subject);
        var generator = new X509V3CertificateGenerator();
        generator.SetSerialNumber(new BigInteger(1, RandomNumberGenerator.GetBytes(16)));
        generator.SetIssuerDN(name);
        generator.SetSubjectDN(name);
        generator.SetNotBefore(notBefore.UtcDateTime);
        generator.SetNotAfter(notAfter.UtcDateTime);
        generator.SetPublicKey(keys.PublicKey);
        generator.AddExtension(X509Extensions.KeyUsage, critical: true, new KeyUsage(KeyUsage.DigitalSignature | KeyUsage.NonRepudiation));
        return generator.Generate(new Asn1SignatureFactory(keys.CertificateAlgorithm, keys.PrivateKey)).GetEncoded();
    }

    /// <summary>
    /// Issues a DER certificate naming <paramref name="subject"/> for <paramref name="subjectKey"/> (a public key whose
    /// private half stays with its holder, e.g. a supervisor's), signed by <paramref name="issuer"/> as <paramref name="issuerName"/>.
    /// The names are taken as values, so commas or plus signs in them cannot forge other attributes.
    /// </summary>
    public static byte[] Issue(SignatureKey issuer, string issuerName, SignatureVerifier subjectKey, PdfCertificateSubject subject, DateTimeOffset notBefore, DateTimeOffset notAfter)
    {
        var keys = CmsKeys.From(issuer);
        var generator = new X509V3CertificateGenerator();
        generator.SetSerialNumber(new BigInteger(1, RandomNumberGenerator.GetBytes(16)));
        generator.SetIssuerDN(new X509Name(issuerName));
        generator.SetSubjectDN(new X509Name(
            [X509Name.CN, X509Name.O, X509Name.C], new Dictionary<DerObjectIdentifier, string> { [X509Name.CN] = subject.CommonName, [X509Name.O] = subject.Organization, [X509Name.C] = "CN" }));
        generator.SetNotBefore(notBefore.UtcDateTime);
        generator.SetNotAfter(notAfter.UtcDateTime);
        generator.SetPublicKey(PublicKeyFactory.CreateKey(subjectKey.ExportSubjectPublicKeyInfo()));
        generator.AddExtension(X509Extensions.KeyUsage, critical: true, new KeyUsage(KeyUsage.DigitalSignature | KeyUsage.NonRepudiation));
        return generator.Generate(new Asn1SignatureFactory(keys.CertificateAlgorithm, keys.PrivateKey)).GetEncoded();
    }
}
