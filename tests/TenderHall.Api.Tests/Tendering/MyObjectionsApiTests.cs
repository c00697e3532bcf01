using System.Net;
using System.Net.Http.Json;
using TenderHall.Api.Tests.Platform;

namespace TenderHall.Api.Tests.Tendering;

[Collection(PlatformCollection.Name)]
public sealed class MyObjectionsApiTests(PlatformFactory platform)
{
    [Fact]
    public async Task A_bidder_lists_its_own_objections_on_every_tender_with_their_clocks_and_nobody_elses()
    {
        var first = await Published();
        var second = await Published();
        var mine = "objector-" + Guid.NewGuid().ToString("N")[..6];
        var rival = "rival-" + Guid.NewGuid().ToString("N")[..6];
        await first.BuyDocuments(mine);
        using var client = first.Bidder(mine);
        Assert.Empty(await List(client));

        // Refused (no documents, no stated interest, BLR 22): nothing to list.
        await ProblemAssert.IsRule(await client.PostAsJsonAsync($"/api/v1/tenders/{second.TenderId}/objections", new { text = "资格条件过高" }), HttpStatusCode.Forbidden, "BLR-22-INTEREST");
        Assert.Empty(await List(client));

        var holder = await TenderScenario.Read(await client.PostAsJsonAsync($"/api/v1/tenders/{first.TenderId}/objections", new { text = "工期要求不合理" }));
        first.Advance(TimeSpan.FromMinutes(1));
        TenderScenario.Ok(await first.Bidder(rival).PostAsJsonAsync($"/api/v1/tenders/{second.TenderId}/objections", new { text = "评分标准含糊", interestGround = "本公司为潜在投标人" }));
        TenderScenario.Ok(await client.PostAsJsonAsync($"/api/v1/tenders/{second.TenderId}/objections", new { text = "资格条件过高", interestGround = "本公司为潜在投标人" }));

        var listed = await List(client);
        Assert.Equal([second.TenderId, first.TenderId], listed.Select(o => o.GetProperty("tenderId").GetString()));
        Assert.Equal(["资格条件过高", "工期要求不合理"], listed.Select(o => o.GetProperty("objection").GetProperty("text").GetString()));
        var own = listed[1];
        Assert.Equal("测试道路工程一标段施工", own.GetProperty("title").GetString());
        Assert.Equal("Suspended", own.GetProperty("status").GetString()); // BLR 22: paused until answered
        Assert.Equal(holder.GetProperty("answerDue").GetDateTimeOffset(), own.GetProperty("objection").GetProperty("answerDue").GetDateTimeOffset());
    }

    private async Task<TenderScenario> Published()
    {
        var s = new TenderScenario(platform);
        await s.Register();
        await s.Publish();
        return s;
    }

    private static async Task<List<System.Text.Json.JsonElement>> List(HttpClient client) =>
        [.. (await TenderScenario.Read(await client.GetAsync("/api/v1/objections/mine"))).EnumerateArray()];
}
