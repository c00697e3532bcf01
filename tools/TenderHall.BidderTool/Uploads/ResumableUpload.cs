using System.Globalization;
using System.Net;
using System.Text.Json;
using TenderHall.BidderTool.Cli;
using TenderHall.BidderTool.Platform;

namespace TenderHall.BidderTool.Uploads;

/// <summary>
/// The platform's resumable upload protocol for one envelope file: start, PUT chunks at the offset the platform holds,
/// complete with the signature. After a network failure it asks the platform how many bytes arrived and goes on from
/// there; after a 409 it goes on from the offset the platform names. Retryable failures (a dropped connection, 503, 429,
/// a request still in flight) are retried as <paramref name="plan"/> says: after Retry-After or with backoff, until the
/// bid deadline. Nothing acknowledged is ever sent twice on purpose.
/// </summary>
public sealed class ResumableUpload(
    PlatformClient platform, string tenderId, string envelopePath, long chunkSize, RetryPlan plan, Func<TimeSpan, CancellationToken, Task> sleep, TextWriter progress)
{
    private const string IdempotencyHeader = "Idempotency-Key";

    /// <summary>Starts an upload of <paramref name="size"/> bytes and returns its id.</summary>
    public async Task<string> StartAsync(long size, CancellationToken cancellationToken = default)
    {
        // One key for every retry of this start, so a lost answer does not open a second upload.
        var key = Guid.NewGuid().ToString("N");
        var session = await RetryAsync("start the upload", async () =>
        {
            using var response = await platform.SendAsync(HttpMethod.Post, Path(""), signedIn: true, request =>
            {
                request.Content = PlatformClient.Json($"{{\"size\":{size.ToString(CultureInfo.InvariantCulture)}}}");
                request.Headers.Add(IdempotencyHeader, key);
            }, cancellationToken);
            return await PlatformClient.ReadJsonAsync(response, cancellationToken);
        }, cancellationToken);
        return session.GetProperty("uploadId").GetString() ?? throw new JsonException("The platform's upload has no uploadId.");
    }

    /// <summary>How many bytes of the upload the platform holds.</summary>
    public async Task<long> ReceivedAsync(string uploadId, CancellationToken cancellationToken = default) =>
        await RetryAsync("ask how much of the upload arrived", async () =>
            (await platform.GetJsonAsync(Path(uploadId), signedIn: true, cancellationToken)).GetProperty("received").GetInt64(), cancellationToken);

    /// <summary>Sends the rest of the file, from the bytes the platform holds to <paramref name="size"/>.</summary>
    public async Task SendAsync(string uploadId, long size, CancellationToken cancellationToken = default)
    {
        var offset = await ReceivedAsync(uploadId, cancellationToken);
        var furthest = offset;
        var failures = 0;
        while (offset < size)
        {
            try
            {
                offset = await PutAsync(uploadId, offset, Math.Min(chunkSize, size - offset), cancellationToken);
            }
            catch (PlatformException e) when (e.ExpectedOffset is { } expected)
            {
                await progress.WriteLineAsync($"The platform holds {expected} bytes, not {offset}; going on from there.");
                offset = expected;
                // Counted against the plan, not waited for: the platform named where to go on.
                _ = await WaitAsync(++failures, e);
                continue;
            }
            catch (Exception e) when (IsTransient(e, cancellationToken))
            {
                var wait = await WaitAsync(++failures, e);
                await progress.WriteLineAsync($"The connection failed ({e.Message}); {plan.Describe(wait)}, then asking the platform where to resume.");
                await sleep(wait, cancellationToken);
                offset = await ReceivedAsync(uploadId, cancellationToken);
                continue;
            }

            if (offset > furthest)
            {
                (furthest, failures) = (offset, 0);
                await progress.WriteLineAsync($"Uploaded {ByteSize.Format(offset)} of {ByteSize.Format(size)} ({offset * 100 / Math.Max(size, 1)}%).");
            }
        }
    }

    /// <summary>Completes the upload into a bid and returns the receipt JSON exactly as the platform sent it.</summary>
    public async Task<string> CompleteAsync(string uploadId, string signature, string? deviceFingerprint, CancellationToken cancellationToken = default) =>
        await RetryAsync("complete the upload", async () =>
        {
            using var response = await platform.SendAsync(HttpMethod.Post, Path(uploadId + "/complete"), signedIn: true, request =>
            {
                request.Headers.Add("X-Bid-Signature", signature);
                // Completing one upload is one act: the same key on every retry returns the first receipt.
                request.Headers.Add(IdempotencyHeader, "complete-" + uploadId);
                if (deviceFingerprint is not null) request.Headers.Add("X-Device-Fingerprint", deviceFingerprint);
            }, cancellationToken);
            return await response.Content.ReadAsStringAsync(cancellationToken);
        }, cancellationToken);

    private async Task<long> PutAsync(string uploadId, long offset, long length, CancellationToken cancellationToken)
    {
        using var response = await platform.SendAsync(HttpMethod.Put, Path($"{uploadId}?offset={offset.ToString(CultureInfo.InvariantCulture)}"), signedIn: true,
            request => request.Content = new FileSliceContent(envelopePath, offset, length), cancellationToken);
        return (await PlatformClient.ReadJsonAsync(response, cancellationToken)).GetProperty("received").GetInt64();
    }

    private async Task<T> RetryAsync<T>(string what, Func<Task<T>> attempt, CancellationToken cancellationToken)
    {
        for (var failures = 1; ; failures++)
        {
            try
            {
                return await attempt();
            }
            catch (Exception e) when (IsTransient(e, cancellationToken))
            {
                var wait = await WaitAsync(failures, e);
                await progress.WriteLineAsync($"Could not {what} ({e.Message}); {plan.Describe(wait)}.");
                await sleep(wait, cancellationToken);
            }
        }
    }

    // The wait before the next attempt, or the end of the upload when the plan leaves no time for one.
    private async Task<TimeSpan> WaitAsync(int failures, Exception e) =>
        await plan.NextAsync(failures, (e as PlatformException)?.RetryAfter)
        ?? throw new HttpRequestException($"the upload stopped: {plan.GiveUp(e.Message)}", e);

    // A timeout surfaces as TaskCanceledException without the caller having cancelled.
    private static bool IsTransient(Exception e, CancellationToken cancellationToken) =>
        e is HttpRequestException or IOException || (e is TaskCanceledException && !cancellationToken.IsCancellationRequested)
        || e is PlatformException { Transient: true };

    private string Path(string rest) => PlatformClient.Tender(tenderId, "bids/uploads" + (rest.Length == 0 ? "" : "/" + rest));

    /// <summary>True when the platform does not know the upload (expired or never started by this account).</summary>
    public static bool IsUnknownUpload(PlatformException e) => e.Status == HttpStatusCode.NotFound;
}
