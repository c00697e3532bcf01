using TenderHall.Crypto;
using TenderHall.Crypto.Pdf;
using TenderHall.Crypto.Signing;

namespace TenderHall.Verifier;

/// <summary>
/// <c>verify-pdf</c>: every signature of a signed PDF record verifies, the last covers the whole file and earlier ones
/// their revision with nothing but later signatures after it, and each key given with <c>--key</c> (the platform's from
/// <c>GET /api/v1/documents/signing-key</c>, the supervisor's from the directory) is among the signers.
/// </summary>
public static class PdfCommand
{
    /// <summary>Runs the check.</summary>
    public static Verdict Run(Arguments args)
    {
        var keys = args.All("key").Select(Key).ToList();
        var pdf = File.ReadAllBytes(args.Positional(0, "the PDF file"));
        var result = PdfSignatureVerifier.Verify(pdf);
        if (result.Signatures.Count == 0)
            return Verdict.Fail("INVALID: the file carries no PDF signature.");
        var broken = result.Signatures.Where(s => !s.IsValid).ToList();
        if (broken.Count > 0)
            return Verdict.Fail($"INVALID: {string.Join("; ", broken.Select(s => $"the signature of {Name(s)}: {s.Problem}"))}.");
        var missing = keys.Where(k => !result.Signatures.Any(s => s.IsBy(k))).ToList();
        if (missing.Count > 0)
            return Verdict.Fail($"INVALID: the signatures are intact, but not by the given key{(missing.Count > 1 ? "s" : "")} {string.Join(", ", missing.Select(k => Convert.ToHexString(k.KeyId)))}: signed by {Signers(result)} instead.");
        var trusted = keys.Count == 0 ? " (no --key given: the signer's name is only its claim)" : ", whose key matches the one given";
        return Verdict.Pass($"VALID: signed by {Signers(result)}{trusted}; {Coverage(result)}.{Archival(pdf)}");
    }

    // What the file declares for long-term preservation (docs/archive.md); a declaration, not a conformance check. The
    // signatures stand on their own: a file PDFsharp cannot read further only goes without this sentence.
    private static string Archival(byte[] pdf)
    {
        PdfArchivalReport report;
        try
        {
            report = PdfArchivalFormat.Inspect(pdf);
        }
        catch (CryptographicFormatException)
        {
            return "";
        }

        return report.PdfA is null
            ? ""
            : $" It declares PDF/A-{report.PdfA} and embeds {(report.Unembedded.Count == 0 ? $"all its {report.Fonts} fonts" : $"not {string.Join(", ", report.Unembedded)}")}.";
    }

    // An earlier signature covers its revision; a countersigner's incremental update follows it (ISO 32000-1 §12.8).
    private static string Coverage(PdfVerificationResult result)
    {
        var fields = result.Signatures.GroupBy(s => s.FieldNumber).Select(g => g.First()).ToList();
        if (fields.Count == 1) return result.Signatures.Count == 1 ? "the signature covers the whole file" : "the signatures cover the whole file";
        // Each earlier signature covers the revision it ended, one signature per revision in file order.
        var earlier = fields.Where(f => f.FollowedOnlyBySignatures).Select(f => f.FieldNumber);
        return string.Join("; ", earlier.Select(n => $"signature {n} covers revision {n}, which later revisions only countersign")) + "; the last covers the whole file";
    }

    private static string Signers(PdfVerificationResult result) => string.Join(" and ", result.Signatures.Select(Name));

    private static string Name(PdfSignatureCheck s) => $"{s.Subject ?? "an unknown signer"} ({s.AlgorithmName}{(s.SigningTime is { } t ? $", at {t:yyyy-MM-dd HH:mm:ss}Z" : "")})";

    // A key is DER SubjectPublicKeyInfo: as base64 text, PEM ("PUBLIC KEY"), or a file holding either or raw DER.
    internal static SignatureVerifier Key(string value)
    {
        var path = value.StartsWith('@') ? value[1..] : value;
        var bytes = File.Exists(path) ? File.ReadAllBytes(path) : null;
        try
        {
            var der = bytes is not null && bytes.Length > 0 && bytes[0] == 0x30 ? bytes : Decode(bytes is null ? value : System.Text.Encoding.ASCII.GetString(bytes));
            return SignatureVerifier.ImportSubjectPublicKeyInfo(der);
        }
        catch (Exception e) when (e is FormatException or CryptographicFormatException)
        {
            throw new UsageException($"--key '{value}' is not a SubjectPublicKeyInfo (base64, PEM or DER file): {e.Message}");
        }
    }

    private static byte[] Decode(string text)
    {
        var base64 = string.Concat(text.Split('\n').Select(l => l.Trim()).Where(l => !l.StartsWith("-----", StringComparison.Ordinal)));
        return Convert.FromBase64String(base64);
    }
}
