using System.Net.Http.Json;
using TenderHall.Api.Tests.Bidding;
using TenderHall.Api.Tests.Platform;
using TenderHall.Api.Tests.Tendering;
using TenderHall.Grains.Contracts.Opening;
using TenderHall.Grains.Contracts.Tendering;

namespace TenderHall.Api.Tests.Opening;

[Collection(PlatformCollection.Name)]
public sealed class OpeningPauseTests(PlatformFactory platform)
{
    [Fact]
    public async Task A_tender_paused_past_its_deadline_is_not_opened_by_reads_and_opens_at_the_moved_deadline_with_a_bid_of_the_added_time()
    {
        BidderKit? late = null;
        DateTimeOffset original = default;
        var o = await OpeningScenario.Create(platform, bids: 2, beforeDeadline: async (tender, bidders) =>
        {
            late = await BidderKit.Join(tender, platform.Services, "bidder-pause");
            original = (await tender.Tender()).GetProperty("schedule").GetProperty("bidDeadline").GetDateTimeOffset();
            var objection = await TenderScenario.Read(await late.Client.PostAsJsonAsync($"/api/v1/tenders/{tender.TenderId}/objections", new { text = "评分标准排斥潜在投标人" }));
            Assert.Equal("Suspended", (await tender.Tender()).GetProperty("status").GetString());

            // BLR 22: paused past the original deadline; the deadline alarm rings and everyone reads the opening.
            tender.Advance(original - tender.Now + TimeSpan.FromHours(2));
            await tender.Remind<ITenderGrain>("deadline");
            await tender.Remind<IOpeningSessionGrain>("begin");
            var url = $"/api/v1/tenders/{tender.TenderId}/opening";
            var before = await tender.Anonymous.GetStringAsync(url);
            for (var read = 0; read < 3; read++)
            {
                Assert.Equal(before, await tender.Anonymous.GetStringAsync(url));
                await tender.Anonymous.GetStringAsync($"/tenders/{tender.TenderId}/opening");
                await tender.Anonymous.GetStringAsync($"/tenders/{tender.TenderId}");
            }

            var session = await TenderScenario.Read(await tender.Anonymous.GetAsync(url));
            Assert.Equal((0, 0), (session.GetProperty("bids").GetInt32(), session.GetProperty("rows").GetArrayLength()));
            Assert.Equal("Suspended", (await tender.Tender()).GetProperty("status").GetString());

            // The answer resumes the tender with the deadline moved by the pause; a bid in the added time is taken.
            TenderScenario.Ok(await tender.Agency.PostAsJsonAsync(
                $"/api/v1/tenders/{tender.TenderId}/objections/{objection.GetProperty("id").GetString()}/answer", new { text = "已修改评分标准，见第1号澄清" }));
            var resumed = await tender.Tender();
            Assert.NotEqual("Suspended", resumed.GetProperty("status").GetString());
            Assert.True(resumed.GetProperty("schedule").GetProperty("bidDeadline").GetDateTimeOffset() > tender.Now);
            TenderScenario.Ok(await late.Submit(await late.Seal("1234567.00", "补充时间内的投标"), device: "device-late"));
        });

        var deadline = (await o.Tender.Tender()).GetProperty("schedule").GetProperty("bidDeadline").GetDateTimeOffset();
        Assert.True(deadline > original);
        Assert.Equal(3, (await o.View()).GetProperty("bids").GetInt32());
        await o.Open(platform);
        var rows = (await o.Decrypted()).GetProperty("rows").EnumerateArray().ToList();
        Assert.Equal(3, rows.Count);
        Assert.Equal("Opened", rows.Single(r => r.GetProperty("bidderId").GetString() == late!.Id).GetProperty("outcome").GetString());
        late!.Dispose();
    }
}
