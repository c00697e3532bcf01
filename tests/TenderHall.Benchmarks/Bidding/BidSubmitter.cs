using System.Diagnostics;
using System.Net;
using System.Net.Http.Headers;
using TenderHall.Api.Bidding;

namespace TenderHall.Benchmarks.Bidding;

/// <summary>Every bidder posts its envelope at once, streamed from its file, and waits for the signed receipt (201).</summary>
public static class BidSubmitter
{
    /// <summary>Submits all <paramref name="bids"/> concurrently; returns the phase's figures. Throws if any bid is not receipted.</summary>
    public static async Task<LoadReport> SubmitAllAsync(BenchPlatform platform, string tenderId, IReadOnlyList<SealedBid> bids, string phase)
    {
        await using var memory = new MemorySampler();
        var started = Stopwatch.GetTimestamp();
        var latencies = await Task.WhenAll(bids.Select(bid => Task.Run(() => SubmitAsync(platform.Http, tenderId, bid))));
        var elapsed = Stopwatch.GetElapsedTime(started);
        await memory.DisposeAsync();
        return new LoadReport(phase, bids.Count, (long)bids.Average(b => b.Size), elapsed, latencies, memory.Start, memory.Peak);
    }

    private static async Task<TimeSpan> SubmitAsync(HttpClient http, string tenderId, SealedBid bid)
    {
        var started = Stopwatch.GetTimestamp();
        await using var envelope = new FileStream(bid.EnvelopePath, FileMode.Open, FileAccess.Read, FileShare.Read, 1 << 16, FileOptions.Asynchronous | FileOptions.SequentialScan);
        using var request = new HttpRequestMessage(HttpMethod.Post, $"/api/v1/tenders/{tenderId}/bids") { Content = new StreamContent(envelope, 1 << 20) };
        request.Content.Headers.ContentType = new MediaTypeHeaderValue("application/octet-stream");
        request.Content.Headers.ContentLength = bid.Size;
        request.Headers.Authorization = bid.Token;
        request.Headers.Add(BidsApi.SignatureHeader, bid.Signature);
        using var response = await http.SendAsync(request);
        if (response.StatusCode != HttpStatusCode.Created)
            throw new InvalidOperationException($"Bid of {bid.BidderId} was not receipted: {(int)response.StatusCode} {await response.Content.ReadAsStringAsync()}");
        await response.Content.ReadAsByteArrayAsync();
        return Stopwatch.GetElapsedTime(started);
    }
}
