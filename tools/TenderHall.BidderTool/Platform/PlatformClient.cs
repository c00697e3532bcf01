using System.Globalization;
using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using TenderHall.BidderTool.Cli;

namespace TenderHall.BidderTool.Platform;

/// <summary>The platform's HTTP API as the participant (bidder, custodian, supervisor) uses it: bearer token, language, and problem details turned into plain messages.</summary>
public sealed class PlatformClient(HttpClient http, Uri baseUrl, string? token, string? language)
{
    /// <summary>Default platform address (the development host).</summary>
    public const string DefaultUrl = "http://localhost:5080";

    /// <summary>Options every online command accepts.</summary>
    public static readonly IReadOnlyList<string> OptionNames = ["url", "token", "lang"];

    /// <summary>The platform address in use.</summary>
    public Uri BaseUrl { get; } = baseUrl;

    /// <summary>The client for the options on the command line (token from --token or TENDERHALL_TOKEN).</summary>
    public static PlatformClient From(Arguments args, CliContext context)
    {
        var url = args.Value("url") ?? DefaultUrl;
        if (!Uri.TryCreate(url.TrimEnd('/') + "/", UriKind.Absolute, out var baseUrl) || baseUrl.Scheme is not ("http" or "https"))
            throw new UsageException($"--url is an http(s) address such as {DefaultUrl}, not '{url}'.");
        var token = args.Value("token") is { } given ? Arguments.Inline(given) : context.Environment("TENDERHALL_TOKEN");
        return new PlatformClient(context.Http, baseUrl, string.IsNullOrWhiteSpace(token) ? null : token.Trim(), args.Value("lang"));
    }

    /// <summary>Sends a request built by <paramref name="build"/>; a non-success answer throws <see cref="PlatformException"/>.</summary>
    public async Task<HttpResponseMessage> SendAsync(HttpMethod method, string path, bool signedIn, Action<HttpRequestMessage>? build = null, CancellationToken cancellationToken = default)
    {
        if (signedIn && token is null)
            throw new UsageException("this command needs a sign-in: run 'tenderhall-bid login', then pass --token @token.txt or set TENDERHALL_TOKEN.");
        using var request = new HttpRequestMessage(method, new Uri(BaseUrl, path.TrimStart('/')));
        if (signedIn) request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
        if (language is not null) request.Headers.AcceptLanguage.ParseAdd(language);
        build?.Invoke(request);
        var response = await http.SendAsync(request, HttpCompletionOption.ResponseHeadersRead, cancellationToken);
        if (response.IsSuccessStatusCode) return response;
        using (response)
            throw await ProblemAsync(response, cancellationToken);
    }

    /// <summary>GETs a JSON document.</summary>
    public async Task<JsonElement> GetJsonAsync(string path, bool signedIn, CancellationToken cancellationToken = default)
    {
        using var response = await SendAsync(HttpMethod.Get, path, signedIn, cancellationToken: cancellationToken);
        return await ReadJsonAsync(response, cancellationToken);
    }

    /// <summary>GETs a binary document (a PDF).</summary>
    public async Task<byte[]> GetBytesAsync(string path, bool signedIn, CancellationToken cancellationToken = default)
    {
        using var response = await SendAsync(HttpMethod.Get, path, signedIn, cancellationToken: cancellationToken);
        return await response.Content.ReadAsByteArrayAsync(cancellationToken);
    }

    /// <summary>GETs a text document.</summary>
    public async Task<string> GetTextAsync(string path, CancellationToken cancellationToken = default)
    {
        using var response = await SendAsync(HttpMethod.Get, path, signedIn: false, cancellationToken: cancellationToken);
        return await response.Content.ReadAsStringAsync(cancellationToken);
    }

    /// <summary>The JSON body of a successful answer.</summary>
    public static async Task<JsonElement> ReadJsonAsync(HttpResponseMessage response, CancellationToken cancellationToken = default)
    {
        using var document = JsonDocument.Parse(await response.Content.ReadAsStringAsync(cancellationToken));
        return document.RootElement.Clone();
    }

    /// <summary>A JSON request body.</summary>
    public static StringContent Json(string json) => new(json, Encoding.UTF8, "application/json");

    /// <summary>The path of a tender's resource, with the id escaped.</summary>
    public static string Tender(string tenderId, string rest) => $"api/v1/tenders/{Uri.EscapeDataString(tenderId)}/{rest}";

    private static async Task<PlatformException> ProblemAsync(HttpResponseMessage response, CancellationToken cancellationToken)
    {
        var status = response.StatusCode;
        var code = ((int)status).ToString(CultureInfo.InvariantCulture);
        var body = await response.Content.ReadAsStringAsync(cancellationToken);
        var retryAfter = response.Headers.RetryAfter is { } after
            ? after.Delta ?? (after.Date is { } date ? date - (response.Headers.Date ?? date) : null)
            : null;
        if (response.Content.Headers.ContentType?.MediaType is "application/problem+json" or "application/json" && TryParse(body) is { } problem)
        {
            var rule = Text(problem, "rule");
            var detail = Text(problem, "detail") ?? Text(problem, "title") ?? body;
            long? expected = problem.TryGetProperty("values", out var values) && values.ValueKind == JsonValueKind.Object
                             && values.TryGetProperty("expected", out var e) ? Offset(e) : null;
            return new PlatformException(status, rule, $"REFUSED by the platform (HTTP {code}{(rule is null ? "" : ", rule " + rule)}): {detail}", expected, retryAfter);
        }

        var hint = status switch
        {
            HttpStatusCode.Unauthorized => " Your sign-in is missing or expired: run 'tenderhall-bid login' again.",
            HttpStatusCode.Forbidden => " This account may not do that (bidding needs a bidder account, signing the opening record a supervisor's).",
            HttpStatusCode.NotFound => " Check the tender id and --url.",
            _ => "",
        };
        return new PlatformException(status, null, $"REFUSED by the platform (HTTP {code} {response.ReasonPhrase}).{hint}", retryAfter: retryAfter);
    }

    private static JsonElement? TryParse(string body)
    {
        try
        {
            using var document = JsonDocument.Parse(body);
            return document.RootElement.ValueKind == JsonValueKind.Object ? document.RootElement.Clone() : null;
        }
        catch (JsonException)
        {
            return null;
        }
    }

    private static string? Text(JsonElement element, string name) =>
        element.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String ? value.GetString() : null;

    // Problem values are strings on the wire ("expected": "8388608"); accept a number too.
    private static long? Offset(JsonElement value) => value.ValueKind switch
    {
        JsonValueKind.Number when value.TryGetInt64(out var n) => n,
        JsonValueKind.String when long.TryParse(value.GetString(), NumberStyles.None, CultureInfo.InvariantCulture, out var n) => n,
        _ => null,
    };
}
