using System.Net;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using TenderHall.Crypto.Signing;

namespace TenderHall.BidderTool.Tests;

/// <summary>
/// The platform's sign-in endpoints in process (an HttpMessageHandler): the password sign-in, and the certificate sign-in
/// as the embedded profile runs it: a one-time challenge, whose message must be signed by the organisation's registered key.
/// </summary>
internal sealed class FakeSignIn(string organization, SignatureVerifier registeredKey) : HttpMessageHandler
{
    public const string Url = "http://platform.test";

    public const string Token = "eyJ.cert-token.sig";

    private readonly HashSet<string> open = [];

    public List<string> Requests { get; } = [];

    /// <summary>The exact bytes the platform expects signed for the last challenge it issued.</summary>
    public byte[]? Message { get; private set; }

    public byte[]? Signature { get; private set; }

    /// <summary>When set, the challenge answer names this organisation instead of the one asked for.</summary>
    public string? ChallengeFor { get; init; }

    public HttpClient Client() => new(this, disposeHandler: false);

    protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        var path = request.RequestUri!.AbsolutePath;
        Requests.Add($"{request.Method} {path}");
        if (request.Method != HttpMethod.Post) return new HttpResponseMessage(HttpStatusCode.NotFound);
        using var body = JsonDocument.Parse(await request.Content!.ReadAsStringAsync(cancellationToken));
        switch (path)
        {
            case "/api/v1/auth/token":
                return body.RootElement.GetProperty("password").GetString() == "secret"
                    ? Json(new JsonObject { ["accessToken"] = "eyJ.password-token.sig", ["tokenType"] = "Bearer", ["expiresIn"] = 3600 })
                    : Problem(HttpStatusCode.Forbidden, "AUTH-CREDENTIALS", "the user name or password is wrong");
            case "/api/v1/auth/challenge":
            {
                var id = Convert.ToHexStringLower(System.Security.Cryptography.RandomNumberGenerator.GetBytes(16));
                var asked = body.RootElement.GetProperty("organizationId").GetString()!;
                var nonce = Convert.ToBase64String(System.Security.Cryptography.RandomNumberGenerator.GetBytes(32));
                open.Add(id);
                Message = Encoding.UTF8.GetBytes($"TenderHall sign-in v1\n{id}\n{asked}\n{nonce}\n");
                return Json(new JsonObject
                {
                    ["id"] = id, ["organizationId"] = ChallengeFor ?? asked, ["nonce"] = nonce, ["expiresAt"] = DateTimeOffset.UtcNow.AddMinutes(5).ToString("O"),
                });
            }

            case "/api/v1/auth/certificate":
            {
                var id = body.RootElement.GetProperty("challengeId").GetString()!;
                Signature = body.RootElement.GetProperty("signature").GetBytesFromBase64();
                // One try per challenge, and only the registered key of the organisation it was issued to signs it in.
                if (!open.Remove(id) || Message is null || !registeredKey.Verify(Message, Signature))
                    return Problem(HttpStatusCode.Forbidden, "AUTH-CERTIFICATE", "the sign-in is refused");
                return Json(new JsonObject
                {
                    ["accessToken"] = Token, ["tokenType"] = "Bearer", ["expiresIn"] = 3600, ["roles"] = new JsonArray("Bidder"), ["organizationId"] = organization,
                });
            }

            default:
                return new HttpResponseMessage(HttpStatusCode.NotFound);
        }
    }

    private static HttpResponseMessage Json(JsonNode body) =>
        new(HttpStatusCode.OK) { Content = new StringContent(body.ToJsonString(), Encoding.UTF8, "application/json") };

    private static HttpResponseMessage Problem(HttpStatusCode status, string rule, string detail)
    {
        var body = new JsonObject { ["title"] = rule, ["status"] = (int)status, ["detail"] = detail, ["rule"] = rule };
        var response = new HttpResponseMessage(status) { Content = new StringContent(body.ToJsonString(), Encoding.UTF8) };
        response.Content.Headers.ContentType = new("application/problem+json");
        return response;
    }
}
