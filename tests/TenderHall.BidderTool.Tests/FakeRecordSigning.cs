using System.Net;
using System.Security.Cryptography;
using System.Text.Json;
using System.Text.Json.Nodes;
using TenderHall.Crypto;
using TenderHall.Crypto.Pdf;
using TenderHall.Crypto.Signing;

namespace TenderHall.BidderTool.Tests;

/// <summary>
/// The platform's record signing in process: publishes its document key and the platform-signed record, serves the
/// prepared signature (which a test may tamper with), and at close embeds the supervisor's signature as the platform does.
/// </summary>
internal sealed class FakeRecordSigning(string tender, SignatureVerifier platformKey, byte[] record, PdfCountersignature prepared) : HttpMessageHandler
{
    public const string Url = "http://platform.test";

    private byte[]? closedRecord;

    public List<string> Requests { get; } = [];

    public JsonElement? SigningRequestBody { get; private set; }

    public JsonElement? CloseBody { get; private set; }

    /// <summary>The prepared PDF served, when not <see cref="PdfCountersignature.PreparedPdf"/>.</summary>
    public byte[]? ServedPrepared { get; init; }

    /// <summary>The published record served, when not the one the signature was prepared on.</summary>
    public byte[]? ServedRecord { get; init; }

    /// <summary>The signed attributes sent, when not the prepared ones.</summary>
    public byte[]? ServedAttributes { get; init; }

    /// <summary>The certificate sent, when not the prepared one.</summary>
    public byte[]? ServedCertificate { get; init; }

    public HttpClient Client() => new(this, disposeHandler: false);

    protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        var path = request.RequestUri!.AbsolutePath;
        Requests.Add($"{request.Method} {path}");
        var opening = $"/api/v1/tenders/{tender}/opening";
        var published = ServedRecord ?? record;
        var served = ServedPrepared ?? prepared.PreparedPdf;
        switch (request.Method.Method, path)
        {
            case ("GET", "/api/v1/documents/signing-key"):
                return FakeAnswers.Json(new JsonObject
                {
                    ["algorithm"] = platformKey.Algorithm.ToString(), ["keyId"] = KeyId.ToHex(platformKey.KeyId),
                    ["subjectPublicKeyInfo"] = Convert.ToBase64String(platformKey.ExportSubjectPublicKeyInfo()),
                });
            case ("POST", _) when path == opening + "/record/signing-request":
                SigningRequestBody = JsonDocument.Parse(await request.Content!.ReadAsStringAsync(cancellationToken)).RootElement.Clone();
                return FakeAnswers.Json(new JsonObject
                {
                    ["tenderId"] = tender, ["status"] = "RecordPublished", ["recordPdfSha256"] = Sha(published),
                    ["signingRequest"] = new JsonObject
                    {
                        ["supervisor"] = "supervisor-1", ["keyId"] = "k1", ["recordPdfSha256"] = Sha(published), ["preparedPdfSha256"] = Sha(served),
                        ["signedAttributes"] = Convert.ToBase64String(ServedAttributes ?? prepared.SignedAttributes),
                        ["certificate"] = Convert.ToBase64String(ServedCertificate ?? prepared.Certificate), ["signingTime"] = "2026-03-18T10:15:00+00:00",
                    },
                });
            case ("GET", _) when path == opening + "/record.pdf":
                return FakeAnswers.Pdf(closedRecord ?? published);
            case ("GET", _) when path == opening + "/record/signing-request.pdf":
                return FakeAnswers.Pdf(served);
            case ("POST", _) when path == opening + "/close":
                var body = JsonDocument.Parse(await request.Content!.ReadAsStringAsync(cancellationToken)).RootElement.Clone();
                CloseBody = body;
                try
                {
                    closedRecord = PdfCountersigner.Complete(prepared, body.GetProperty("signature").GetBytesFromBase64());
                }
                catch (CryptographicFormatException)
                {
                    return FakeAnswers.Problem(HttpStatusCode.UnprocessableEntity, "OPEN-RECORD-SIGNATURE", "The signature over the opening record does not verify.");
                }

                return FakeAnswers.Json(new JsonObject { ["tenderId"] = tender, ["status"] = "Closed", ["recordPdfSha256"] = Sha(closedRecord) });
            default:
                return new HttpResponseMessage(HttpStatusCode.NotFound);
        }
    }

    private static string Sha(byte[] bytes) => Convert.ToHexStringLower(SHA256.HashData(bytes));
}
