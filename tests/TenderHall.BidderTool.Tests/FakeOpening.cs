using System.Net;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using TenderHall.Crypto;
using TenderHall.Crypto.Envelopes;
using TenderHall.Crypto.KeyWrap;
using TenderHall.Crypto.Payload;
using TenderHall.Crypto.Signing;

namespace TenderHall.BidderTool.Tests;

/// <summary>
/// The platform's opening session in process (an HttpMessageHandler) for a bidder-and-quorum tender: serves the opening
/// key and accepts a bidder's part as the platform does: checks the signature against the bidder's registered key, opens
/// the bidder's envelope with the rebuilt opening key and the part, and returns the session view with the bidder's row.
/// </summary>
internal sealed class FakeOpening(string tender, EncryptionKeyPair openingKey, SignatureVerifier bidderKey, byte[] envelope) : HttpMessageHandler
{
    public const string Url = "http://platform.test";

    public List<string> Requests { get; } = [];

    public string? Authorization { get; private set; }

    public byte[]? Part { get; private set; }

    public byte[]? Signature { get; private set; }

    /// <summary>When set, the platform refuses the part with this rule (RFC 9457 problem details).</summary>
    public string? RefuseWith { get; init; }

    public HttpClient Client() => new(this, disposeHandler: false);

    protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        var path = request.RequestUri!.AbsolutePath;
        Requests.Add($"{request.Method} {path}");
        if (request.Method == HttpMethod.Get && path == $"/api/v1/tenders/{tender}/opening-key")
        {
            return FakeAnswers.Json(new JsonObject
            {
                ["tenderId"] = tender, ["suite"] = openingKey.Suite.ToString(), ["policy"] = "BidderAndQuorum",
                ["publicKey"] = Convert.ToBase64String(openingKey.PublicKey.Raw), ["keyId"] = KeyId.ToHex(openingKey.PublicKey.KeyId),
            });
        }

        if (request.Method != HttpMethod.Post || path != $"/api/v1/tenders/{tender}/opening/bidder-part")
            return new HttpResponseMessage(HttpStatusCode.NotFound);
        Authorization = request.Headers.Authorization?.ToString();
        using var body = JsonDocument.Parse(await request.Content!.ReadAsStringAsync(cancellationToken));
        Part = body.RootElement.GetProperty("part").GetBytesFromBase64();
        Signature = body.RootElement.GetProperty("signature").GetBytesFromBase64();
        if (RefuseWith is { } rule)
            return FakeAnswers.Problem(HttpStatusCode.Conflict, rule, "the opening of this tender is not waiting for bidders' parts");
        var message = Encoding.UTF8.GetBytes($"TenderHall bidder part v1\n{tender}\nbidder-07\n{Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(Part))}\n");
        if (!bidderKey.Verify(message, Signature))
            return FakeAnswers.Problem(HttpStatusCode.UnprocessableEntity, "OPEN-SHARE", "the part is not signed with a registered signing key of bidder-07");
        return FakeAnswers.Json(new JsonObject { ["tenderId"] = tender, ["status"] = "RecordPublished", ["rows"] = new JsonArray(await RowAsync(Part)) });
    }

    private async Task<JsonObject> RowAsync(byte[] part)
    {
        try
        {
            using var plaintext = new MemoryStream();
            await SealedEnvelope.OpenAsync(new MemoryStream(envelope), plaintext, openingKey, part);
            plaintext.Position = 0;
            var form = (await BidPayloadReader.OpenAsync(plaintext)).Form;
            return new JsonObject
            {
                ["bidderId"] = "bidder-07", ["outcome"] = "Opened", ["price"] = form.Price, ["durationDays"] = form.DurationDays,
                ["qualityCommitment"] = form.QualityCommitment, ["depositStatus"] = "paid",
            };
        }
        catch (EnvelopeException e)
        {
            return new JsonObject { ["bidderId"] = "bidder-07", ["outcome"] = "RevokedByBidderFault", ["failureCause"] = e.Message };
        }
    }
}
