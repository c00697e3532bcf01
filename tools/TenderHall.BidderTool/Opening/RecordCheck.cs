using System.Security.Cryptography;
using TenderHall.Crypto;
using TenderHall.Crypto.Pdf;
using TenderHall.Crypto.Signing;

namespace TenderHall.BidderTool.Opening;

/// <summary>
/// What the supervisor's side checks before it signs the opening record: that the prepared file is the published,
/// platform-signed record plus only an empty signature, and that the attributes to sign are that signature's, for its own key.
/// </summary>
/// <param name="Passed">The checks that passed, in order, as sentences.</param>
/// <param name="Failure">Why the supervisor must not sign, or null when every check passed.</param>
public sealed record RecordCheck(IReadOnlyList<string> Passed, string? Failure)
{
    /// <summary>True when every check passed.</summary>
    public bool Passes => Failure is null;

    /// <summary>The checks as printed: one line each, then the failure when there is one.</summary>
    public string Report() => string.Concat(Passed.Select(p => $"  ok: {p}\n")) + (Failure is null ? "" : Failure + "\n");

    /// <summary>Checks <paramref name="prepared"/> and the <paramref name="request"/>'s signed attributes before signing; the first failed check ends it.</summary>
    public static RecordCheck BeforeSigning(RecordSigningRequest request, byte[] record, byte[] prepared, SignatureVerifier platformKey, SignatureVerifier supervisorKey)
    {
        var passed = new List<string>();
        RecordCheck Refuse(string why) => new(passed, $"NOT SIGNED: {why} Nothing was signed or sent.");

        if (!string.Equals(Convert.ToHexStringLower(SHA256.HashData(record)), request.RecordPdfSha256, StringComparison.OrdinalIgnoreCase))
            return Refuse($"the published record is not the one the signing request extends (SHA-256 {request.RecordPdfSha256}).");
        if (!string.Equals(Convert.ToHexStringLower(SHA256.HashData(prepared)), request.PreparedPdfSha256, StringComparison.OrdinalIgnoreCase))
            return Refuse($"the prepared PDF is not the one the signing request names (SHA-256 {request.PreparedPdfSha256}).");
        passed.Add("the published record and the prepared PDF are the files the signing request names");

        if (prepared.Length <= record.Length || !prepared.AsSpan(0, record.Length).SequenceEqual(record))
            return Refuse("the prepared PDF does not start with exactly the bytes of the published record: it is not the record plus an appended signature.");
        passed.Add($"the prepared PDF is the published record ({record.Length} bytes) unchanged, plus {prepared.Length - record.Length} appended bytes");

        var signatures = PdfSignatureVerifier.Verify(prepared).Signatures;
        var slot = signatures.Count == 0 ? 0 : signatures.Max(s => s.FieldNumber);
        var earlier = signatures.Where(s => s.FieldNumber < slot).ToList();
        var broken = earlier.Count == 0 ? "the record has no signature before the empty one"
            : earlier.FirstOrDefault(s => !(s.IsValid && s.FollowedOnlyBySignatures)) is { } bad ? bad.Problem ?? "it does not cover a revision followed only by signatures"
            : null;
        if (broken is not null) return Refuse($"the platform's signature of the record is not intact in the prepared PDF ({broken}).");
        if (!earlier.Any(s => s.IsBy(platformKey)))
            return Refuse($"the record is not signed by the platform's document key (key id {KeyId.ToHex(platformKey.KeyId)}).");
        passed.Add($"the platform's signature of the record (document key {KeyId.ToHex(platformKey.KeyId)}) is intact, and what follows it adds only a signature");

        if (PdfCountersigner.Inspect(prepared, request.SignedAttributes, supervisorKey.Algorithm) is { } mismatch)
            return Refuse($"the attributes to sign do not carry the digest of the prepared PDF's empty signature: {mismatch}");
        passed.Add("the attributes to sign carry the digest of every byte of the prepared PDF but the empty signature");

        if (CertifiedKey(request.Certificate) is not { } certified || certified.Algorithm != supervisorKey.Algorithm
            || !certified.RawPublicKey.AsSpan().SequenceEqual(supervisorKey.RawPublicKey))
            return Refuse("the certificate the platform issued is not for the key in --key: the record would name another key than yours.");
        passed.Add($"the certificate names your own {supervisorKey.Algorithm} key (key id {KeyId.ToHex(supervisorKey.KeyId)})");
        return new RecordCheck(passed, null);
    }

    private static SignatureVerifier? CertifiedKey(byte[] certificate)
    {
        try
        {
            return SignatureVerifier.ImportSubjectPublicKeyInfo(new Org.BouncyCastle.X509.X509Certificate(certificate).SubjectPublicKeyInfo.GetDerEncoded());
        }
        catch (Exception e) when (e is CryptographicException or ArgumentException or IOException or InvalidCastException
                                      or Org.BouncyCastle.Security.Certificates.CertificateException)
        {
            return null;
        }
    }
}
