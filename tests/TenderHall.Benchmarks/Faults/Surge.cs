using System.Diagnostics;
using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using TenderHall.Api.Bidding;
using TenderHall.Benchmarks.Bidding;

namespace TenderHall.Benchmarks.Faults;

/// <summary>
/// Every bidder posts its envelope at once and, like the bidder tool, retries what is retryable with the same
/// Idempotency-Key until it holds a receipt or its patience runs out: after a 503 it waits what <c>Retry-After</c> says,
/// after a dropped connection or another retryable answer it backs off, and it tries the next silo as a load balancer
/// would. The fault command runs once <c>faultAfter</c> answers have come back.
/// </summary>
public sealed class Surge(RemotePlatform platform, string tenderId, TimeSpan patience, int faultAfter, string? fault, TextWriter log)
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);
    private int answered;
    private Task? faulting;

    /// <summary>Runs the surge; returns each bidder's run once every bidder is receipted or has given up, and the fault command has ended.</summary>
    public async Task<IReadOnlyList<BidderRun>> RunAsync(IReadOnlyList<SealedBid> bids)
    {
        var started = Stopwatch.GetTimestamp();
        var runs = await Task.WhenAll(bids.Select((bid, i) => Task.Run(() => BidAsync(bid, i, started))));
        if (faulting is not null) await faulting;
        return runs;
    }

    private async Task<BidderRun> BidAsync(SealedBid bid, int number, long started)
    {
        var run = new BidderRun(bid.BidderId);
        var key = "drill-" + bid.BidderId;
        for (var attempt = 0; Stopwatch.GetElapsedTime(started) < patience; attempt++)
        {
            var silo = platform.Silos[(number + attempt) % platform.Silos.Count];
            TimeSpan? wait;
            try
            {
                using var response = await PostAsync(silo, bid, key);
                var answer = await AnswerOf(response);
                run.Answers.Add(answer);
                if (response.StatusCode == HttpStatusCode.Created)
                {
                    var receipt = await response.Content.ReadFromJsonAsync<JsonElement>(Json);
                    run.Receipt = (receipt.GetProperty("envelopeSha256").GetString()!, receipt.GetProperty("index").GetInt64());
                    run.ReceiptedAfter = Stopwatch.GetElapsedTime(started);
                    return run;
                }

                if (response.StatusCode == HttpStatusCode.ServiceUnavailable && response.Headers.RetryAfter is null) run.WithoutRetryAfter++;
                if (!Retryable(response.StatusCode, answer)) return run;
                wait = response.Headers.RetryAfter?.Delta;
            }
            catch (Exception e) when (e is HttpRequestException or IOException or TaskCanceledException)
            {
                run.Answers.Add("dropped");
                wait = null;
            }
            finally
            {
                Answered();
            }

            // Backoff: 250 ms doubling to 8 s, with jitter so retries do not come back as one wave.
            var backoff = TimeSpan.FromMilliseconds(Math.Min(8000, 250 * (1 << Math.Min(attempt, 5))) * (0.5 + Random.Shared.NextDouble()));
            await Task.Delay(wait ?? backoff);
        }

        return run;
    }

    private async Task<HttpResponseMessage> PostAsync(Uri silo, SealedBid bid, string key)
    {
        await using var envelope = new FileStream(bid.EnvelopePath, FileMode.Open, FileAccess.Read, FileShare.Read, 1 << 16, FileOptions.Asynchronous | FileOptions.SequentialScan);
        using var request = new HttpRequestMessage(HttpMethod.Post, new Uri(silo, $"/api/v1/tenders/{tenderId}/bids")) { Content = new StreamContent(envelope, 1 << 16) };
        request.Content.Headers.ContentType = new MediaTypeHeaderValue("application/octet-stream");
        request.Content.Headers.ContentLength = bid.Size;
        request.Headers.Authorization = bid.Token;
        request.Headers.Add(BidsApi.SignatureHeader, bid.Signature);
        request.Headers.Add("Idempotency-Key", key);
        var response = await platform.Http.SendAsync(request);
        await response.Content.LoadIntoBufferAsync();
        return response;
    }

    // A 409 names its rule, so a retry blocked by an earlier attempt is told from a real conflict.
    private static async Task<string> AnswerOf(HttpResponseMessage response)
    {
        var status = ((int)response.StatusCode).ToString(System.Globalization.CultureInfo.InvariantCulture);
        if (response.IsSuccessStatusCode || response.Content.Headers.ContentType?.MediaType != "application/problem+json") return status;
        var problem = await response.Content.ReadFromJsonAsync<JsonElement>(Json);
        return problem.TryGetProperty("rule", out var rule) ? $"{status} {rule.GetString()}" : status;
    }

    private static bool Retryable(HttpStatusCode status, string answer) =>
        (int)status >= 500 || status is HttpStatusCode.TooManyRequests or HttpStatusCode.RequestTimeout || answer.EndsWith("IDEMPOTENCY-IN-FLIGHT", StringComparison.Ordinal);

    private void Answered()
    {
        if (Interlocked.Increment(ref answered) != faultAfter || fault is null) return;
        log.WriteLine($"// fault after {faultAfter} answers: {fault}");
        faulting = Task.Run(() => Shell.RunAsync(fault, log));
    }
}
