using System.Text;
using System.Text.Json;
using TenderHall.Crypto.Notes;
using TenderHall.Crypto.Signing;

namespace TenderHall.Crypto.Evidence;

/// <summary>
/// A trade certificate as downstream systems receive it: the statement, the platform's signature over its UTF-8 bytes,
/// and the log entry (<c>tender.archived</c>) naming the statement's SHA-256 with its inclusion proof (docs/trade-certificate.md).
/// </summary>
public sealed record SignedTradeCertificate(string Statement, byte[] Signature, LogAnchor Anchor)
{
    /// <summary>The format name written into every certificate file.</summary>
    public const string Format = "tenderhall-trade-certificate/1";

    /// <summary>The platform signs a statement.</summary>
    public static byte[] Sign(string statement, SignatureKey platformKey) => platformKey.Sign(Encoding.UTF8.GetBytes(statement));

    /// <summary>The certificate file (JSON).</summary>
    public string ToJson()
    {
        using var buffer = new MemoryStream();
        using (var json = new Utf8JsonWriter(buffer, new JsonWriterOptions { Indented = true }))
        {
            json.WriteStartObject();
            json.WriteString("format", Format);
            json.WriteString("statement", Statement);
            json.WriteBase64String("signature", Signature);
            json.WritePropertyName("anchor");
            Anchor.Write(json);
            json.WriteEndObject();
        }

        return Encoding.UTF8.GetString(buffer.ToArray());
    }

    /// <summary>Reads a certificate file; malformed input throws <see cref="JsonException"/>, <see cref="KeyNotFoundException"/> or <see cref="FormatException"/>.</summary>
    public static SignedTradeCertificate Parse(string json)
    {
        var root = JsonDocument.Parse(json).RootElement;
        if (root.GetProperty("format").GetString() != Format) throw new FormatException($"Not a {Format} file.");
        return new SignedTradeCertificate(root.GetProperty("statement").GetString() ?? "", root.GetProperty("signature").GetBytesFromBase64(), LogAnchor.Read(root.GetProperty("anchor")));
    }

    /// <summary>
    /// Checks the certificate offline: the statement is well formed and signed by <paramref name="platformKey"/>, and the
    /// log of <paramref name="logKey"/> holds, under a signed checkpoint, the archive event of that tender naming this statement.
    /// </summary>
    public static EvidenceCheck Verify(string json, SignatureVerifier platformKey, NoteVerifier logKey)
    {
        SignedTradeCertificate certificate;
        TradeCertificate statement;
        try
        {
            certificate = Parse(json);
            statement = TradeCertificate.Parse(certificate.Statement);
        }
        catch (Exception e) when (e is JsonException or KeyNotFoundException or FormatException or InvalidOperationException or CryptographicFormatException)
        {
            return EvidenceCheck.Fail($"the certificate cannot be read ({e.Message}).");
        }

        return certificate.Check(statement, platformKey, logKey);
    }

    private EvidenceCheck Check(TradeCertificate statement, SignatureVerifier platformKey, NoteVerifier logKey)
    {
        if (!platformKey.Verify(Encoding.UTF8.GetBytes(Statement), Signature))
            return EvidenceCheck.Fail("the statement is NOT signed by the platform's document key: it was forged or altered.");
        if (Anchor.Problem(logKey) is { } problem) return EvidenceCheck.Fail(problem + ".");
        var sha = TradeCertificate.Sha256Of(Statement);
        if (Anchor.Text("type") != "tender.archived" || Anchor.Text("subject") != "tender/" + statement.TenderId || Anchor.Field("certificateSha256") != sha)
            return EvidenceCheck.Fail($"log entry {Anchor.Index} is not the archive of tender {statement.TenderId} naming this certificate.");
        return EvidenceCheck.Pass($"project {statement.ProjectCode}'s tender {statement.TenderId} ({statement.Title}) traded in the centre; winner {statement.WinnerName} ({statement.WinnerId}); "
                                  + $"contract SHA-256 {statement.ContractSha256} signed {statement.ContractSignedAt:yyyy-MM-dd}; anchored at log entry {Anchor.Index}.");
    }
}
