using Microsoft.Extensions.DependencyInjection;
using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using TenderHall.Api.Tests.Platform;
using TenderHall.Api.Tests.Tendering;
using TenderHall.Crypto.Merkle;
using TenderHall.Crypto.Notes;

namespace TenderHall.Api.Tests.Bidding;

[Collection(PlatformCollection.Name)]
public sealed class BidBoxTests(PlatformFactory platform)
{
    private async Task<TenderScenario> OpenTender()
    {
        var s = new TenderScenario(platform);
        await s.Register();
        await s.Publish();
        return s;
    }

    [Fact]
    public async Task A_sealed_signed_bid_gets_a_receipt_that_outsiders_can_verify_against_the_log()
    {
        var s = await OpenTender();
        using var bidder = await BidderKit.Join(s, platform.Services, "bidder-rc");
        var envelope = await bidder.Seal("12345678.90", "施工组织设计");
        using var response = await bidder.Submit(envelope);
        var receipt = BidderKit.Json(await response.Content.ReadAsStringAsync());
        Assert.True(response.StatusCode == HttpStatusCode.Created, receipt.ToString());
        Assert.Equal(Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(envelope)), receipt.GetProperty("envelopeSha256").GetString());

        var key = await TenderScenario.Read(await s.Anonymous.GetAsync("/api/v1/transparency/key"));
        var verifier = NoteVerifier.Parse(key.GetProperty("verifierKey").GetString()!);
        Assert.True(SignedNote.Parse(receipt.GetProperty("receipt").GetString()!).IsSignedBy(verifier));
        var checkpointNote = SignedNote.Parse(receipt.GetProperty("checkpoint").GetString()!);
        Assert.True(checkpointNote.IsSignedBy(verifier));
        var checkpoint = Checkpoint.Parse(checkpointNote.Text);
        var leaf = Convert.FromBase64String(receipt.GetProperty("leafData").GetString()!);
        // BL 22: the public leaf is a commitment that names neither envelope, tender nor bidder; the receipt's salt opens it.
        Assert.All(new[] { receipt.GetProperty("envelopeSha256").GetString()!, s.TenderId, bidder.Id }, secret => Assert.DoesNotContain(secret, Encoding.UTF8.GetString(leaf)));
        var committed = Convert.FromBase64String(receipt.GetProperty("eventData").GetString()!);
        Assert.Contains(receipt.GetProperty("envelopeSha256").GetString()!, Encoding.UTF8.GetString(committed));
        Assert.DoesNotContain(bidder.Id, Encoding.UTF8.GetString(committed));
        var commitment = System.Text.Json.JsonDocument.Parse(leaf).RootElement.GetProperty("data").GetProperty("commitment").GetString()!;
        Assert.True(LeafCommitment.Opens(commitment, Convert.FromBase64String(receipt.GetProperty("salt").GetString()!), committed));
        var proof = receipt.GetProperty("hashes").EnumerateArray().Select(h => Convert.FromBase64String(h.GetString()!)).ToList();
        Assert.True(MerkleVerifier.VerifyInclusion(MerkleHash.Leaf(leaf), receipt.GetProperty("index").GetInt64(), checkpoint.Size, proof, checkpoint.RootHash));
    }

    [Fact]
    public async Task A_retry_with_the_same_idempotency_key_returns_the_same_receipt()
    {
        var s = await OpenTender();
        using var bidder = await BidderKit.Join(s, platform.Services, "bidder-ik");
        var envelope = await bidder.Seal("100.00", "x");
        var key = Guid.NewGuid().ToString();
        async Task<string> Send()
        {
            using var request = new HttpRequestMessage(HttpMethod.Post, $"/api/v1/tenders/{s.TenderId}/bids") { Content = new ByteArrayContent(envelope) };
            request.Headers.Add("X-Bid-Signature", bidder.Sign(envelope));
            request.Headers.Add("Idempotency-Key", key);
            using var response = await bidder.Client.SendAsync(request);
            return await response.Content.ReadAsStringAsync();
        }

        Assert.Equal(await Send(), await Send());
    }

    [Fact]
    public async Task Anything_that_is_not_an_envelope_sealed_to_this_tender_is_refused_with_the_reason()
    {
        var s = await OpenTender();
        using var bidder = await BidderKit.Join(s, platform.Services, "bidder-pl");
        var plain = "报价：12345678.90元"u8.ToArray();
        using var response = await bidder.Submit(plain);
        var problem = await ProblemAssert.IsRule(response, HttpStatusCode.UnprocessableEntity, "EBM-26");
        Assert.Equal("ENVELOPE-MAGIC", problem.GetProperty("values").GetProperty("code").GetString());
        // The refused plaintext was never stored, not even as an orphan blob.
        var plainName = Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(plain));
        Assert.Empty(Directory.EnumerateFiles(platform.DataDirectory, plainName, SearchOption.AllDirectories));

        var other = await OpenTender();
        using var elsewhere = await BidderKit.Join(other, platform.Services, "bidder-ot");
        var sealedForOther = await elsewhere.Seal("1.00", "y");
        using var selfTest = await bidder.Client.PostAsync($"/api/v1/tenders/{s.TenderId}/bids/self-test", new ByteArrayContent(sealedForOther));
        await ProblemAssert.IsRule(selfTest, HttpStatusCode.UnprocessableEntity, "EBM-26");
        var mine = await TenderScenario.Read(await bidder.Client.GetAsync($"/api/v1/tenders/{s.TenderId}/bids/mine"));
        Assert.Equal(JsonValueKind.Null, mine.GetProperty("current").ValueKind);
    }

    [Fact]
    public async Task A_plaintext_upload_is_refused_at_its_first_chunk_and_not_stored()
    {
        var s = await OpenTender();
        using var bidder = await BidderKit.Join(s, platform.Services, "bidder-pu");
        var plain = System.Text.Encoding.UTF8.GetBytes("投标函：报价 99999999.00 元 " + Guid.NewGuid());
        var start = await TenderScenario.Read(await bidder.Client.PostAsJsonAsync($"/api/v1/tenders/{s.TenderId}/bids/uploads", new { size = plain.Length }));
        using var chunk = await bidder.Client.PutAsync($"/api/v1/tenders/{s.TenderId}/bids/uploads/{start.GetProperty("uploadId").GetString()}?offset=0", new ByteArrayContent(plain));
        await ProblemAssert.IsRule(chunk, HttpStatusCode.UnprocessableEntity, "EBM-26");
        var name = Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(plain));
        Assert.Empty(Directory.EnumerateFiles(platform.DataDirectory, name, SearchOption.AllDirectories));
    }

    [Fact]
    public async Task The_self_test_checks_an_envelope_without_storing_it()
    {
        var s = await OpenTender();
        using var bidder = await BidderKit.Join(s, platform.Services, "bidder-st");
        var envelope = await bidder.Seal("99.00", "z");
        var result = await TenderScenario.Read(await bidder.Client.PostAsync($"/api/v1/tenders/{s.TenderId}/bids/self-test", new ByteArrayContent(envelope)));
        Assert.True(result.GetProperty("valid").GetBoolean());
        Assert.Equal(bidder.Id, result.GetProperty("bidderId").GetString());
        var mine = await TenderScenario.Read(await bidder.Client.GetAsync($"/api/v1/tenders/{s.TenderId}/bids/mine"));
        Assert.Equal(JsonValueKind.Null, mine.GetProperty("current").ValueKind);
    }

    [Fact]
    public async Task A_forged_signature_is_refused()
    {
        var s = await OpenTender();
        using var bidder = await BidderKit.Join(s, platform.Services, "bidder-fs");
        var envelope = await bidder.Seal("1.00", "a");
        using var response = await bidder.Submit(envelope, signature: bidder.Sign("not the envelope"u8.ToArray()));
        await ProblemAssert.IsRule(response, HttpStatusCode.UnprocessableEntity, "EBM-26-SIGNATURE");
    }

    [Fact]
    public async Task The_deadline_is_judged_by_the_server_clock_one_millisecond_either_side()
    {
        var s = await OpenTender();
        using var early = await BidderKit.Join(s, platform.Services, "bidder-e");
        using var late = await BidderKit.Join(s, platform.Services, "bidder-l");
        var deadline = (await s.Tender()).GetProperty("schedule").GetProperty("bidDeadline").GetDateTimeOffset();
        var earlyEnvelope = await early.Seal("1.00", "e");
        var lateEnvelope = await late.Seal("2.00", "l");

        s.Advance(deadline - s.Now - TimeSpan.FromMilliseconds(1));
        using (var inTime = await early.Submit(earlyEnvelope)) Assert.Equal(HttpStatusCode.Created, inTime.StatusCode);
        s.Advance(TimeSpan.FromMilliseconds(1));
        using var tooLate = await late.Submit(lateEnvelope);
        var problem = await ProblemAssert.IsRule(tooLate, HttpStatusCode.Conflict, "BID-LATE");
        Assert.Contains("deadline", problem.GetProperty("detail").GetString());
        Assert.True(problem.GetProperty("values").TryGetProperty("receivedAt", out _));
    }

    [Fact]
    public async Task The_last_envelope_counts_and_a_withdrawn_bid_counts_for_nothing()
    {
        var s = await OpenTender();
        using var bidder = await BidderKit.Join(s, platform.Services, "bidder-rw");
        var first = await bidder.Seal("300.00", "first");
        var second = await bidder.Seal("290.00", "second");
        (await bidder.Submit(first)).Dispose();
        (await bidder.Submit(second)).Dispose();
        var mine = await TenderScenario.Read(await bidder.Client.GetAsync($"/api/v1/tenders/{s.TenderId}/bids/mine"));
        Assert.Equal(Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(second)), mine.GetProperty("current").GetProperty("envelopeSha256").GetString());
        Assert.Single(mine.GetProperty("replaced").EnumerateArray());

        TenderScenario.Ok(await bidder.Client.PostAsync($"/api/v1/tenders/{s.TenderId}/bids/withdraw", null));
        mine = await TenderScenario.Read(await bidder.Client.GetAsync($"/api/v1/tenders/{s.TenderId}/bids/mine"));
        Assert.True(mine.GetProperty("withdrawn").GetBoolean());
        Assert.Equal(JsonValueKind.Null, mine.GetProperty("current").ValueKind);
    }

    [Fact]
    public async Task Reading_another_bidders_envelope_is_refused_and_reported_but_ones_own_comes_back()
    {
        var s = await OpenTender();
        using var owner = await BidderKit.Join(s, platform.Services, "bidder-ow");
        using var snoop = await BidderKit.Join(s, platform.Services, "bidder-sn");
        var envelope = await owner.Seal("500.00", "secret");
        (await owner.Submit(envelope)).Dispose();

        Assert.Equal(envelope, await owner.Client.GetByteArrayAsync($"/api/v1/tenders/{s.TenderId}/envelopes/{owner.Id}"));
        using var refused = await snoop.Client.GetAsync($"/api/v1/tenders/{s.TenderId}/envelopes/{owner.Id}");
        await ProblemAssert.IsRule(refused, HttpStatusCode.Forbidden, "BID-SEALED");
        var day = s.Now.ToOffset(TimeSpan.FromHours(8)).ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);
        var alarms = await TenderScenario.Read(await s.Supervisor.GetAsync($"/api/v1/supervision/alarms?day={day}"));
        Assert.Contains(alarms.EnumerateArray(), a => a.GetProperty("code").GetString() == "BID-SEALED" && a.GetProperty("message").GetString()!.Contains(owner.Id));
    }

    [Fact]
    public async Task Bids_from_the_same_device_are_flagged_to_supervision()
    {
        var s = await OpenTender();
        using var a = await BidderKit.Join(s, platform.Services, "bidder-da");
        using var b = await BidderKit.Join(s, platform.Services, "bidder-db");
        (await a.Submit(await a.Seal("10.00", "a"), device: "pc-7f3a")).Dispose();
        (await b.Submit(await b.Seal("10.01", "b"), device: "pc-7f3a")).Dispose();
        var day = s.Now.ToOffset(TimeSpan.FromHours(8)).ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);
        var alarms = await TenderScenario.Read(await s.Supervisor.GetAsync($"/api/v1/supervision/alarms?day={day}"));
        Assert.Contains(alarms.EnumerateArray(), x => x.GetProperty("code").GetString() == "BLR-40-SAME-DEVICE" && x.GetProperty("subject").GetString() == "tender/" + s.TenderId);
    }

    [Fact]
    public async Task A_broken_upload_resumes_where_it_stopped()
    {
        var s = await OpenTender();
        using var bidder = await BidderKit.Join(s, platform.Services, "bidder-up");
        var envelope = await bidder.Seal("777.00", new string('标', 200_000));
        var start = await TenderScenario.Read(await bidder.Client.PostAsJsonAsync($"/api/v1/tenders/{s.TenderId}/bids/uploads", new { size = envelope.Length }));
        var url = $"/api/v1/tenders/{s.TenderId}/bids/uploads/{start.GetProperty("uploadId").GetString()}";
        var half = envelope.Length / 2;
        TenderScenario.Ok(await bidder.Client.PutAsync($"{url}?offset=0", new ByteArrayContent(envelope[..half])));

        // The line broke: the client asks where to resume, and a wrong offset is refused with the right one.
        var status = await TenderScenario.Read(await bidder.Client.GetAsync(url));
        Assert.Equal(half, status.GetProperty("received").GetInt64());
        using (var wrong = await bidder.Client.PutAsync($"{url}?offset={half + 10}", new ByteArrayContent(envelope[(half + 10)..])))
            Assert.Equal(half.ToString(System.Globalization.CultureInfo.InvariantCulture),
                (await ProblemAssert.IsRule(wrong, HttpStatusCode.Conflict, "BID-UPLOAD")).GetProperty("values").GetProperty("expected").GetString());
        TenderScenario.Ok(await bidder.Client.PutAsync($"{url}?offset={half}", new ByteArrayContent(envelope[half..])));

        using var complete = new HttpRequestMessage(HttpMethod.Post, $"{url}/complete");
        complete.Headers.Add("X-Bid-Signature", bidder.Sign(envelope));
        var receipt = await TenderScenario.Read(await bidder.Client.SendAsync(complete));
        Assert.Equal(Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(envelope)), receipt.GetProperty("envelopeSha256").GetString());
        Assert.Equal(envelope, await bidder.Client.GetByteArrayAsync($"/api/v1/tenders/{s.TenderId}/envelopes/{bidder.Id}"));
    }

    [Fact]
    public async Task An_upload_paused_until_its_parts_were_swept_is_refused_with_the_rule_not_a_503()
    {
        var s = await OpenTender();
        using var bidder = await BidderKit.Join(s, platform.Services, "bidder-ux");
        var envelope = await bidder.Seal("778.00", new string('标', 100_000));
        var half = envelope.Length / 2;
        async Task<string> Start()
        {
            var start = await TenderScenario.Read(await bidder.Client.PostAsJsonAsync($"/api/v1/tenders/{s.TenderId}/bids/uploads", new { size = envelope.Length }));
            var url = $"/api/v1/tenders/{s.TenderId}/bids/uploads/{start.GetProperty("uploadId").GetString()}";
            TenderScenario.Ok(await bidder.Client.PutAsync($"{url}?offset=0", new ByteArrayContent(envelope[..half])));
            return url;
        }

        var whole = await Start();
        TenderScenario.Ok(await bidder.Client.PutAsync($"{whole}?offset={half}", new ByteArrayContent(envelope[half..])));
        var paused = await Start();

        // The staging sweep runs while both are paused past TenderHall:Staging:MaxAge: their stored parts are gone.
        await platform.Services.GetRequiredService<TenderHall.Grains.Contracts.Blobs.IBlobStore>().SweepStagedAsync(platform.Clock.GetUtcNow().AddDays(30), default);

        using (var next = await bidder.Client.PutAsync($"{paused}?offset={half}", new ByteArrayContent(envelope[half..])))
            await ProblemAssert.IsRule(next, HttpStatusCode.Conflict, "BID-UPLOAD-EXPIRED");
        using var complete = new HttpRequestMessage(HttpMethod.Post, $"{whole}/complete");
        complete.Headers.Add("X-Bid-Signature", bidder.Sign(envelope));
        using (var refused = await bidder.Client.SendAsync(complete))
            await ProblemAssert.IsRule(refused, HttpStatusCode.Conflict, "BID-UPLOAD-EXPIRED");
        var mine = await TenderScenario.Read(await bidder.Client.GetAsync($"/api/v1/tenders/{s.TenderId}/bids/mine"));
        Assert.Equal(JsonValueKind.Null, mine.GetProperty("current").ValueKind);
    }
}
