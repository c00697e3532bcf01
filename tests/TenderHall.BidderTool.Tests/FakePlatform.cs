using System.Globalization;
using System.Net;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using TenderHall.Crypto.Merkle;

namespace TenderHall.BidderTool.Tests;

/// <summary>
/// The platform's bid upload and transparency endpoints in process (an HttpMessageHandler), with failures to inject:
/// a connection that drops after the platform stored part of a chunk, and another client appending behind our back.
/// </summary>
internal sealed class FakePlatform(FakeLog log, string tender) : HttpMessageHandler
{
    public const string Url = "http://platform.test";

    private readonly MemoryStream upload = new();
    private MerkleLog tree = log.Tree;
    private long size;
    private int puts;

    /// <summary>The PUT (1-based) whose connection drops after the platform stored the first half of its chunk.</summary>
    public int DropConnectionOnPut { get; init; }

    /// <summary>Before this PUT (1-based), another copy of the tool appends the next bytes of <see cref="Envelope"/>.</summary>
    public int AppendBehindOnPut { get; init; }

    /// <summary>The envelope being uploaded (the fake "other client" sends the same bytes).</summary>
    public byte[] Envelope { get; init; } = [];

    /// <summary>Answers to the first completions before the receipt: the platform unavailable, an earlier attempt still running.</summary>
    public Queue<(HttpStatusCode Status, string Rule)> BusyOnComplete { get; init; } = [];

    /// <summary>How long every busy answer asks the tool to wait (its Retry-After), if at all.</summary>
    public TimeSpan? RetryAfter { get; init; }

    /// <summary>Every completion is answered 503 PLATFORM-UNAVAILABLE, as when the platform stays down until the deadline.</summary>
    public bool BusyForever { get; init; }

    /// <summary>The bid deadline the tender's public view shows; without it the tender view is not found.</summary>
    public DateTimeOffset? Deadline { get; init; }

    public List<long> PutOffsets { get; } = [];

    public List<string> Requests { get; } = [];

    public string? Signature { get; private set; }

    public byte[] Received => upload.ToArray();

    public HttpClient Client() => new(this, disposeHandler: false);

    /// <summary>From now on, serve a checkpoint of a different log history signed by the same key.</summary>
    public void Rewrite()
    {
        tree = new MerkleLog();
        for (var i = 0; i < log.Tree.Size + 3; i++) tree.Append(MerkleHash.Leaf([(byte)i, 0xEE]));
    }

    protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        var path = request.RequestUri!.AbsolutePath;
        var query = System.Web.HttpUtility.ParseQueryString(request.RequestUri.Query);
        Requests.Add($"{request.Method} {path}{request.RequestUri.Query}");
        var uploads = $"/api/v1/tenders/{tender}/bids/uploads";
        return (request.Method.Method, path) switch
        {
            ("GET", "/api/v1/transparency/key") => Json(new JsonObject { ["origin"] = FakeLog.Origin, ["verifierKey"] = log.VerifierKey }),
            ("GET", "/api/v1/transparency/checkpoint") => new HttpResponseMessage(HttpStatusCode.OK) { Content = new StringContent(log.SignedCheckpoint(tree)) },
            ("GET", "/api/v1/transparency/proofs/consistency") => Json(new JsonObject
            {
                ["hashes"] = new JsonArray([.. tree.ConsistencyProof(long.Parse(query["from"]!, CultureInfo.InvariantCulture), long.Parse(query["to"]!, CultureInfo.InvariantCulture)).Select(h => (JsonNode)Convert.ToBase64String(h))]),
            }),
            ("GET", _) when path == $"/api/v1/tenders/{tender}" && Deadline is { } deadline =>
                Json(new JsonObject { ["id"] = tender, ["schedule"] = new JsonObject { ["bidDeadline"] = deadline.ToString("O", CultureInfo.InvariantCulture) } }),
            ("POST", _) when path == uploads => Start(await request.Content!.ReadAsStringAsync(cancellationToken)),
            ("GET", _) when path == uploads + "/u1" => Json(new JsonObject { ["uploadId"] = "u1", ["received"] = upload.Length, ["size"] = size }),
            ("PUT", _) when path == uploads + "/u1" => await PutAsync(long.Parse(query["offset"]!, CultureInfo.InvariantCulture), await request.Content!.ReadAsByteArrayAsync(cancellationToken)),
            ("POST", _) when path == uploads + "/u1/complete" => Complete(request),
            _ => new HttpResponseMessage(HttpStatusCode.NotFound),
        };
    }

    private HttpResponseMessage Start(string body)
    {
        size = JsonDocument.Parse(body).RootElement.GetProperty("size").GetInt64();
        return Json(new JsonObject { ["uploadId"] = "u1", ["received"] = 0, ["size"] = size }, HttpStatusCode.Created);
    }

    private Task<HttpResponseMessage> PutAsync(long offset, byte[] chunk)
    {
        puts++;
        PutOffsets.Add(offset);
        if (puts == AppendBehindOnPut)
            upload.Write(Envelope, (int)upload.Length, (int)Math.Min(1000, size - upload.Length));
        if (offset != upload.Length)
            return Task.FromResult(Problem(HttpStatusCode.Conflict, "BID-UPLOAD", new JsonObject { ["expected"] = upload.Length.ToString(System.Globalization.CultureInfo.InvariantCulture) }));
        if (puts == DropConnectionOnPut)
        {
            upload.Write(chunk, 0, chunk.Length / 2);
            throw new HttpRequestException("The response ended prematurely (injected).");
        }

        upload.Write(chunk);
        return Task.FromResult(Json(new JsonObject { ["received"] = upload.Length }));
    }

    private HttpResponseMessage Complete(HttpRequestMessage request)
    {
        Signature = request.Headers.GetValues("X-Bid-Signature").Single();
        if (BusyForever) return Busy(HttpStatusCode.ServiceUnavailable, "PLATFORM-UNAVAILABLE");
        if (BusyOnComplete.TryDequeue(out var busy)) return Busy(busy.Status, busy.Rule);
        if (upload.Length != size) return Problem(HttpStatusCode.Conflict, "BID-UPLOAD", new JsonObject { ["expected"] = upload.Length.ToString(System.Globalization.CultureInfo.InvariantCulture) });
        return Json(log.Issue(tender, "bidder-07", upload.ToArray()), HttpStatusCode.Created);
    }

    private HttpResponseMessage Busy(HttpStatusCode status, string rule)
    {
        var response = Problem(status, rule, []);
        if (RetryAfter is { } after) response.Headers.RetryAfter = new System.Net.Http.Headers.RetryConditionHeaderValue(after);
        return response;
    }

    private static HttpResponseMessage Json(JsonNode body, HttpStatusCode status = HttpStatusCode.OK) =>
        new(status) { Content = new StringContent(body.ToJsonString(), Encoding.UTF8, "application/json") };

    private static HttpResponseMessage Problem(HttpStatusCode status, string rule, JsonObject values)
    {
        var body = new JsonObject { ["title"] = rule, ["status"] = (int)status, ["detail"] = "only part of the envelope has arrived", ["rule"] = rule, ["values"] = values };
        var response = new HttpResponseMessage(status) { Content = new StringContent(body.ToJsonString(), Encoding.UTF8) };
        response.Content.Headers.ContentType = new("application/problem+json");
        return response;
    }

    protected override void Dispose(bool disposing)
    {
        if (disposing) upload.Dispose();
        base.Dispose(disposing);
    }

    public static byte[] RandomEnvelope(int length) => RandomNumberGenerator.GetBytes(length);
}
