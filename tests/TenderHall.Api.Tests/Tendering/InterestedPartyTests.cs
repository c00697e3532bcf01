using System.Net;
using System.Net.Http.Json;
using TenderHall.Api.Tests.Platform;

namespace TenderHall.Api.Tests.Tendering;

[Collection(PlatformCollection.Name)]
public sealed class InterestedPartyTests(PlatformFactory platform)
{
    [Fact]
    public async Task A_party_without_the_documents_objects_by_stating_its_interest_and_the_agency_reviews_it()
    {
        var s = new TenderScenario(platform);
        await s.Register();
        await s.Publish();
        using var party = s.Bidder("subcontractor-" + Guid.NewGuid().ToString("N")[..6]);
        var url = $"/api/v1/tenders/{s.TenderId}/objections";
        await ProblemAssert.IsRule(await party.PostAsJsonAsync(url, new { text = "资格条件排斥专业分包商" }), HttpStatusCode.Forbidden, "BLR-22-INTEREST");

        var objection = await TenderScenario.Read(await party.PostAsJsonAsync(url, new { text = "资格条件排斥专业分包商", interestGround = "本公司为拟参与本项目的专业分包商" }));
        Assert.NotEqual("Suspended", (await s.Tender()).GetProperty("status").GetString());
        TenderScenario.Ok(await s.Agency.PostAsJsonAsync($"{url}/{objection.GetProperty("id").GetString()}/interest", new { accepted = true, note = "与资格条件有直接利害关系" }));
        Assert.Equal("Suspended", (await s.Tender()).GetProperty("status").GetString());
    }
}
