using System.Net.Http.Headers;
using System.Text;
using System.Text.Json.Nodes;
using TenderHall.Api.Tests.Tendering;
using TenderHall.Grains.Contracts.Accounts;
using TenderHall.Grains.Contracts.Rules;

namespace TenderHall.Api.Tests.Contract;

/// <summary>
/// Every operation of the served OpenAPI document, so an endpoint added tomorrow is swept too, with missing, malformed,
/// oversized and hostile input, anonymously and as a caller its security requirement admits: never a 500, and every
/// refusal is problem details naming a rule of the catalogue.
/// </summary>
public sealed partial class OpenApiSweepTests(ServedPlatform served) : IClassFixture<ServedPlatform>
{
    private static readonly HttpRequestOptionsKey<string> Variant = new("variant");

    [Fact]
    public async Task Every_operation_refuses_hostile_input_with_a_rule_and_never_answers_500()
    {
        var platform = served.Platform;
        using var anonymous = platform.ClientAs(null);
        var document = JsonNode.Parse(await anonymous.GetStringAsync("/openapi/v1.json"))!;
        // A real tender, so operations on {id} get past "not found" into their own checks.
        var tender = new TenderScenario(platform);
        await tender.Register();
        await tender.Publish();
        var failures = new List<string>();
        var sent = 0;

        foreach (var (template, method, operation) in Operations(document))
        {
            foreach (var caller in Callers(operation, tender))
            {
                using var client = platform.ClientAs(caller.Role, caller.Organization, "sweeper");
                client.Timeout = TimeSpan.FromSeconds(60);
                foreach (var request in Requests(template, method, operation, document, tender.TenderId))
                {
                    sent++;
                    var failure = await Check(client, request);
                    if (failure is not null) failures.Add($"{caller.Role ?? "anonymous"} {failure}");
                }
            }
        }

        Assert.True(sent > 1_000, $"only {sent} requests were built from the document");
        Assert.True(failures.Count == 0, $"{failures.Count} of {sent} requests broke the contract:\n" + string.Join("\n", failures.DistinctBy(Kind).Take(60)));
    }

    private static async Task<string?> Check(HttpClient client, HttpRequestMessage request)
    {
        request.Options.TryGetValue(Variant, out var variant);
        var uri = request.RequestUri!.ToString();
        var what = $"{request.Method} {(uri.Length > 160 ? uri[..160] + "…" : uri)} ({variant})";
        try
        {
            using var response = await client.SendAsync(request);
            var body = await response.Content.ReadAsStringAsync();
            var status = (int)response.StatusCode;
            if (status >= 500) return $"{what} → {status}: {Short(body)}";
            if (status < 400) return null;
            // Kestrel refuses a request it cannot parse (a NUL in the path, a request line or headers beyond its limits)
            // before the application sees it: no body, and none of the headers every answer of the application carries.
            if (status is 400 or 414 or 431 && body.Length == 0 && !response.Headers.Contains("X-Content-Type-Options")) return null;
            if (response.Content.Headers.ContentType?.MediaType != "application/problem+json") return $"{what} → {status} without problem details: {Short(body)}";
            var rule = JsonNode.Parse(body)?["rule"]?.GetValue<string>();
            if (rule is null || !RuleCatalogue.Rules.Any(r => r.Code == rule)) return $"{what} → {status} without a catalogued rule: {Short(body)}";
            return null;
        }
        catch (Exception e) when (e is HttpRequestException or TaskCanceledException or System.Text.Json.JsonException)
        {
            return $"{what} → {e.GetType().Name}: {e.Message}";
        }
        finally
        {
            request.Dispose();
        }
    }

    private static IEnumerable<(string Template, HttpMethod Method, JsonNode Operation)> Operations(JsonNode document)
    {
        foreach (var (template, item) in document["paths"]!.AsObject())
            foreach (var (method, operation) in item!.AsObject())
                yield return (template, new HttpMethod(method.ToUpperInvariant()), operation!);
    }

    // Anonymous, and for an operation that needs a token, the first role its requirement admits (any signed-in caller: a bidder),
    // in the tender's agency for agency operations so ownership checks pass.
    private static IEnumerable<(string? Role, string? Organization)> Callers(JsonNode operation, TenderScenario tender)
    {
        yield return (null, null);
        var roles = (operation["security"] as JsonArray)?.OfType<JsonObject>().SelectMany(r => r.Select(p => p.Value)).OfType<JsonArray>()
            .SelectMany(a => a.Select(r => r!.GetValue<string>())).ToList() ?? [];
        var role = roles.FirstOrDefault() ?? Roles.Bidder;
        yield return (role, role == Roles.Agency ? tender.AgencyId : "sweep-" + role.ToLowerInvariant());
    }

    private static IEnumerable<HttpRequestMessage> Requests(string template, HttpMethod method, JsonNode operation, JsonNode document, string tenderId)
    {
        var parameters = (operation["parameters"] as JsonArray)?.OfType<JsonObject>().ToList() ?? [];
        var query = parameters.Where(p => p["in"]?.GetValue<string>() == "query").Select(p => p["name"]!.GetValue<string>()).ToList();
        var plausiblePath = HostileInput.Path(template, name => name is "id" or "tenderId" or "subjectId" ? tenderId : "sweep-" + name);

        foreach (var value in template.Contains('{', StringComparison.Ordinal) ? HostileInput.Values : [])
            yield return Request(method, HostileInput.Path(template, _ => value), "path " + Printable(value));
        foreach (var value in HostileInput.Values)
            yield return Request(method, plausiblePath + "?" + string.Join("&", query.Append("unknown").Select(q => q + "=" + Uri.EscapeDataString(value))), "query " + Printable(value));

        if (method == HttpMethod.Get) yield break;
        foreach (var (name, contentType, body) in HostileInput.Bodies)
            yield return Request(method, plausiblePath, name, new StringContent(body, Encoding.UTF8, contentType));
        var schema = operation["requestBody"]?["content"]?["application/json"]?["schema"];
        foreach (var (name, body) in HostileInput.FromSchema(schema, document))
            yield return Request(method, plausiblePath, name, new StringContent(body, Encoding.UTF8, "application/json"));
        var keyed = Request(method, plausiblePath, "hostile Idempotency-Key", new StringContent("{}", Encoding.UTF8, "application/json"));
        keyed.Headers.TryAddWithoutValidation("Idempotency-Key", new string('k', 300));
        yield return keyed;
        var binary = Request(method, plausiblePath, "binary body with hostile headers", new ByteArrayContent(new byte[70_000]));
        binary.Content!.Headers.ContentType = new MediaTypeHeaderValue("application/octet-stream");
        binary.Headers.TryAddWithoutValidation("X-Bid-Signature", "%%%not-base64");
        binary.Headers.TryAddWithoutValidation("Accept-Language", "zh;q=abc, *;q=-1");
        yield return binary;
    }

    private static HttpRequestMessage Request(HttpMethod method, string path, string variant, HttpContent? content = null)
    {
        var request = new HttpRequestMessage(method, path) { Content = content };
        request.Options.Set(Variant, variant);
        return request;
    }

    private static string Printable(string value) => value.Length > 40 ? value[..12] + $"…({value.Length})" : value.Replace("\r", "\\r").Replace("\n", "\\n").Replace("\0", "\\0");

    // One line per kind of failure (caller, method, variant, status), not one per hostile value and path.
    private static string Kind(string failure) => KindPattern().Match(failure) is { Success: true } m ? m.Groups[1].Value + m.Groups[2].Value : failure;

    [System.Text.RegularExpressions.GeneratedRegex(@"^(\S+ \S+) .*? (\([^()]*\) → \S+)")]
    private static partial System.Text.RegularExpressions.Regex KindPattern();

    private static string Short(string body) => body.Length > 300 ? body[..300] + "…" : body;
}
