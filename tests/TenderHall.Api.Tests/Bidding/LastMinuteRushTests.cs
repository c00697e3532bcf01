using System.Net;
using TenderHall.Api.Tests.Platform;
using TenderHall.Api.Tests.Tendering;

namespace TenderHall.Api.Tests.Bidding;

[Collection(PlatformCollection.Name)]
public sealed class LastMinuteRushTests(PlatformFactory platform)
{
    private const int Bidders = 500;

    [Fact]
    public async Task Five_hundred_bidders_submitting_together_in_the_last_minute_all_get_distinct_durable_receipts()
    {
        var s = new TenderScenario(platform);
        await s.Register();
        await s.Publish();
        var kits = new BidderKit[Bidders];
        var envelopes = new byte[Bidders][];
        await Parallel.ForEachAsync(Enumerable.Range(0, Bidders), new ParallelOptions { MaxDegreeOfParallelism = 16 }, async (i, _) =>
        {
            kits[i] = await BidderKit.Join(s, platform.Services, "bidder-rush" + i);
            envelopes[i] = await kits[i].Seal($"{2_000_000 + i}.00", "rush " + i);
        });
        var deadline = (await s.Tender()).GetProperty("schedule").GetProperty("bidDeadline").GetDateTimeOffset();
        s.Advance(deadline - s.Now - TimeSpan.FromMinutes(1));

        var receipts = await Task.WhenAll(Enumerable.Range(0, Bidders).Select(async i =>
        {
            // 503 promises that nothing was kept and nothing promised (PLATFORM-UNAVAILABLE): a bidder sends the same bid
            // again, as the bidder tool does; on a box starved of CPU a call can expire in the silo's queue.
            var response = await kits[i].Submit(envelopes[i]);
            for (var attempt = 1; attempt < 5 && response.StatusCode == HttpStatusCode.ServiceUnavailable; attempt++)
            {
                response.Dispose();
                response = await kits[i].Submit(envelopes[i]);
            }

            using var answered = response;
            var body = await response.Content.ReadAsStringAsync();
            Assert.True(response.StatusCode == HttpStatusCode.Created, $"bidder {i}: {(int)response.StatusCode} {body}");
            return BidderKit.Json(body);
        }));

        Assert.Equal(Bidders, receipts.Select(r => r.GetProperty("index").GetInt64()).Distinct().Count());
        Assert.All(receipts, r => Assert.True(r.GetProperty("receivedAt").GetDateTimeOffset() < deadline));
        foreach (var kit in kits) kit.Dispose();
    }
}
