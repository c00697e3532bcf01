using System.Security.Cryptography;
using TenderHall.Crypto.Envelopes;
using TenderHall.Crypto.Signing;

namespace TenderHall.BidderTool.Tests;

public sealed class UploadTests : IDisposable
{
    private const string Tender = "T-2026-0042";
    private readonly Workspace work = new();
    private readonly FakeLog log = new();
    private readonly byte[] envelope = RandomNumberGenerator.GetBytes(10_000);

    [Fact]
    public async Task Upload_resumes_from_the_bytes_the_platform_holds_after_the_connection_drops()
    {
        using var platform = new FakePlatform(log, Tender) { DropConnectionOnPut = 2 };

        var (code, output) = await UploadAsync(platform);

        Assert.True(code == 0, output);
        Assert.Equal(envelope, platform.Received);
        // Chunk 2 (at 4096) drops after the platform stored half of it (2048 bytes): the tool asks, then goes on from 6144.
        Assert.Equal([0L, 4096, 6144], platform.PutOffsets);
        Assert.Equal($"GET /api/v1/tenders/{Tender}/bids/uploads/u1", platform.Requests[platform.Requests.IndexOf($"PUT /api/v1/tenders/{Tender}/bids/uploads/u1?offset=6144") - 1]);
        Assert.Contains("SUBMITTED", output);
        Assert.True(File.Exists(work.PathOf("bid.thse.receipt.json")));
        Assert.False(File.Exists(work.PathOf("bid.thse.upload.json")));
    }

    [Fact]
    public async Task Upload_goes_on_from_the_offset_a_409_names()
    {
        using var platform = new FakePlatform(log, Tender) { AppendBehindOnPut = 2, Envelope = envelope };

        var (code, output) = await UploadAsync(platform);

        Assert.True(code == 0, output);
        Assert.Equal(envelope, platform.Received);
        // Another copy of the tool added 1000 bytes before chunk 2: the 409 names 5096 and the upload continues there.
        Assert.Equal([0L, 4096, 5096, 9192], platform.PutOffsets);
    }

    [Fact]
    public async Task A_completion_refused_as_unavailable_or_still_in_flight_is_retried_with_the_same_key_until_receipted()
    {
        using var platform = new FakePlatform(log, Tender)
        {
            BusyOnComplete = new([(System.Net.HttpStatusCode.ServiceUnavailable, "PLATFORM-UNAVAILABLE"), (System.Net.HttpStatusCode.Conflict, "IDEMPOTENCY-IN-FLIGHT")]),
        };

        var (code, output) = await UploadAsync(platform);

        Assert.True(code == 0, output);
        Assert.Equal(3, platform.Requests.Count(r => r.EndsWith("/complete", StringComparison.Ordinal)));
        Assert.Equal(2, output.Split("Could not complete the upload").Length - 1);
        Assert.Contains("SUBMITTED", output);
    }

    [Fact]
    public async Task A_busy_platform_is_asked_again_after_the_Retry_After_it_names()
    {
        using var platform = new FakePlatform(log, Tender)
        {
            BusyOnComplete = new([(System.Net.HttpStatusCode.ServiceUnavailable, "PLATFORM-UNAVAILABLE"), (System.Net.HttpStatusCode.ServiceUnavailable, "PLATFORM-UNAVAILABLE")]),
            RetryAfter = TimeSpan.FromSeconds(7), Deadline = work.Clock.GetUtcNow().AddHours(2),
        };

        var (code, output) = await UploadAsync(platform);

        Assert.True(code == 0, output);
        Assert.Equal([TimeSpan.FromSeconds(7), TimeSpan.FromSeconds(7)], work.Waits);
        Assert.Contains("trying again in 7 s; the bid deadline is", output);
    }

    [Fact]
    public async Task Retries_back_off_and_stop_before_the_bid_deadline_instead_of_going_on_forever()
    {
        var deadline = work.Clock.GetUtcNow().AddMinutes(5);
        using var platform = new FakePlatform(log, Tender) { BusyForever = true, Deadline = deadline };

        var (code, output) = await UploadAsync(platform);

        Assert.Equal(1, code);
        Assert.Contains("no time is left to try again before the bid deadline", output);
        // Each wait is between half and all of a backoff that doubles from 1 s up to a minute.
        foreach (var (wait, n) in work.Waits.Select((w, i) => (w, i)))
        {
            var backoff = TimeSpan.FromSeconds(Math.Min(60, 1 << n));
            Assert.InRange(wait, backoff / 2, backoff);
        }

        Assert.True(work.Clock.GetUtcNow() < deadline, "no attempt is made at or after the deadline");
        Assert.True(work.Waits.Count >= 6, $"it went on retrying while there was time ({work.Waits.Count} waits)");
        Assert.Equal(work.Waits.Count + 1, platform.Requests.Count(r => r.EndsWith("/complete", StringComparison.Ordinal)));
    }

    [Fact]
    public async Task Upload_without_a_sign_in_token_is_a_usage_error()
    {
        using var platform = new FakePlatform(log, Tender);
        var path = work.Write("bid.thse", envelope);
        work.Write("bid.thse.sig", "c2ln\n");

        var (code, output) = await work.RunAsync(platform.Client(), "upload", "--tender", Tender, "--url", FakePlatform.Url, path);

        Assert.Equal(2, code);
        Assert.Contains("tenderhall-bid login", output);
        Assert.Empty(platform.Requests);
    }

    public void Dispose() => work.Dispose();

    private async Task<(int Code, string Output)> UploadAsync(FakePlatform platform)
    {
        var path = work.Write("bid.thse", envelope);
        var demo = work.WriteDemoKeys(out var signing, out var encryption);
        using (signing)
        using (encryption)
        {
            var result = await work.RunAsync(platform.Client(), "upload", "--tender", Tender, "--key", demo, "--chunk-size", "4KiB", "--url", FakePlatform.Url, "--token", "t0ken", path);
            var verifier = SignatureVerifier.ImportSubjectPublicKeyInfo(signing.ExportSubjectPublicKeyInfo());
            Assert.True(EnvelopeIdentity.Verify(verifier, SHA256.HashData(envelope), Convert.FromBase64String(platform.Signature ?? "")));
            return result;
        }
    }
}
