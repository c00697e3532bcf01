using System.Net;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using TenderHall.Crypto;
using TenderHall.Crypto.Custody;
using TenderHall.Crypto.Signing;

namespace TenderHall.BidderTool.Tests;

/// <summary>
/// The platform's custody and opening endpoints in process for one custodian: serves its wrapped share, and takes the
/// handed-over share as the opening session does (checks the signature against the custodian's registered key) and
/// answers with the session view.
/// </summary>
internal sealed class FakeCustody(string tender, EncryptedShare share, SignatureVerifier custodianKey) : HttpMessageHandler
{
    public const string Url = "http://platform.test";

    public List<string> Requests { get; } = [];

    public byte? X { get; private set; }

    public byte[]? Share { get; private set; }

    /// <summary>When set, the GET of the share is refused with this rule.</summary>
    public string? RefuseShareWith { get; init; }

    /// <summary>When set, the handed-over share is refused with this rule.</summary>
    public string? RefuseHandOverWith { get; init; }

    public HttpClient Client() => new(this, disposeHandler: false);

    protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        var path = request.RequestUri!.AbsolutePath;
        Requests.Add($"{request.Method} {path}");
        if (request.Method == HttpMethod.Get && path == $"/api/v1/tenders/{tender}/custody/share")
        {
            return RefuseShareWith is { } refused
                ? FakeAnswers.Problem(HttpStatusCode.Forbidden, refused, $"'bidder-07' is not a custodian of the opening key of tender '{tender}'.")
                : FakeAnswers.Json(new JsonObject
                {
                    ["custodianId"] = "custodian-1", ["custodianKeyId"] = KeyId.ToHex(share.CustodianKeyId), ["x"] = share.X,
                    ["wrappedShare"] = Convert.ToBase64String(share.WrappedShare),
                });
        }

        if (request.Method != HttpMethod.Post || path != $"/api/v1/tenders/{tender}/opening/shares")
            return new HttpResponseMessage(HttpStatusCode.NotFound);
        if (RefuseHandOverWith is { } rule)
            return FakeAnswers.Problem(HttpStatusCode.Conflict, rule, $"A supervisor who checked in to the opening of tender {tender} must be present for this.");
        using var body = JsonDocument.Parse(await request.Content!.ReadAsStringAsync(cancellationToken));
        X = body.RootElement.GetProperty("x").GetByte();
        Share = body.RootElement.GetProperty("share").GetBytesFromBase64();
        var message = Encoding.UTF8.GetBytes($"TenderHall opening share v1\n{tender}\n{X}\n{Convert.ToHexStringLower(SHA256.HashData(Share))}\n");
        if (!custodianKey.Verify(message, body.RootElement.GetProperty("signature").GetBytesFromBase64()))
            return FakeAnswers.Problem(HttpStatusCode.UnprocessableEntity, "OPEN-SHARE", "The key share is refused: the share is not signed with a registered signing key of custodian-1.");
        return FakeAnswers.Json(new JsonObject
        {
            ["tenderId"] = tender, ["status"] = "AwaitingShares", ["sharesFrom"] = new JsonArray("custodian-1"), ["threshold"] = 2,
        });
    }
}
