using System.Net;
using System.Net.Http.Json;
using TenderHall.Api.Tests.Evaluation;
using TenderHall.Api.Tests.Platform;
using TenderHall.Api.Tests.Tendering;

namespace TenderHall.Api.Tests.Award;

/// <summary>BL 37: the award notice determines the result and reveals the draw, durably.</summary>
[Collection(PlatformCollection.Name)]
public sealed class DrawRevealTests(PlatformFactory platform)
{
    [Fact]
    public async Task An_award_whose_draw_cannot_be_revealed_yet_stands_and_the_next_command_reveals_the_draw()
    {
        var e = await EvaluationScenario.Create(platform);
        var s = await AwardScenario.Publicized(platform, e.Opening);
        var document = $"{e.Draw.Url}/document";
        await ProblemAssert.IsRule(await s.Tender.Anonymous.GetAsync(document), HttpStatusCode.Forbidden, "DRAW-SEALED");

        platform.Faults.FailWrite("th-expert-draw", s.Tender.TenderId);
        await s.AwardTo(s.Bidders[0].Id);
        Assert.Equal("Awarded", (await s.Award()).GetProperty("status").GetString());
        await ProblemAssert.IsRule(await s.Tender.Anonymous.GetAsync(document), HttpStatusCode.Forbidden, "DRAW-SEALED");

        TenderScenario.Ok(await s.Tender.Agency.PostAsJsonAsync($"{s.Url}/contract", new { valueFen = 100_000_000, performanceBondFen = 10_000_000, terms = "工期180日。" }));
        Assert.Equal("Revealed", (await e.Draw.ViewAs(s.Tender.Anonymous)).GetProperty("status").GetString());
        TenderScenario.Ok(await s.Tender.Anonymous.GetAsync(document));
    }
}
