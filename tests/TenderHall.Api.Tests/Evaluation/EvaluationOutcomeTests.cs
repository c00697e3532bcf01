using System.Net;
using System.Net.Http.Json;
using Microsoft.Extensions.DependencyInjection;
using TenderHall.Api.Tests.Platform;
using TenderHall.Api.Tests.Tendering;
using TenderHall.Grains.Contracts.Supervision;

namespace TenderHall.Api.Tests.Evaluation;

[Collection(AfterOpeningCollection.Name)]
public sealed class EvaluationOutcomeTests(PlatformFactory platform)
{
    [Fact]
    public async Task An_unanswered_clarification_alarms_supervision_and_bids_found_lacking_competition_are_all_rejected_and_the_tender_retendered()
    {
        var e = await EvaluationScenario.Create(platform);
        await e.OpenAndCheckIn();
        TenderScenario.Ok(await e.Opening.Supervisor.PostAsync($"{e.Url}/watch", null));

        // BL 39: a clarification request left unanswered past its deadline alarms supervision, once; the late answer is refused.
        var bidder = e.Opening.Bidders[1];
        var asked = await TenderScenario.Read(await e.Member(0).PostAsJsonAsync($"{e.Url}/clarifications", new { bidderId = bidder.Id, question = "请说明报价构成。", hours = 1 }));
        var number = asked.GetProperty("number").GetInt32();
        e.Tender.Advance(TimeSpan.FromHours(1));
        for (var attempt = 0; attempt < 2; attempt++)
        {
            await ProblemAssert.IsRule(await bidder.Client.PostAsJsonAsync($"{e.Url}/clarifications/{number}/answer", new { answer = "见报价明细表。" }),
                HttpStatusCode.Conflict, "EVAL-CLARIFICATION");
            var alarms = await platform.Services.GetRequiredService<IGrainFactory>().GetGrain<ISupervisionAlarmsGrain>(SupervisionAlarms.DayKey(e.Tender.Now)).List();
            Assert.Single(alarms, a => a.Code == "BL-39" && a.Subject == "tender/" + e.Tender.TenderId);
        }

        // One bid fails; the committee finds the two left plainly lacking competition (评标委员会和评标方法暂行规定 Art 27).
        var failed = e.Opening.Bidders[0].Id;
        for (var i = 0; i < e.Members.Count; i++)
            TenderScenario.Ok(await e.Member(i).PostAsJsonAsync($"{e.Url}/review", new
            {
                failures = new[] { new { bidderId = failed, criterion = "投标保证金已缴纳", reason = "未缴纳投标保证金", article = "BLR 51" } },
                competitionLacking = true,
            }));
        Assert.Equal("Reporting", (await TenderScenario.Read(await e.Member(0).GetAsync(e.Url))).GetProperty("status").GetString());
        TenderScenario.Ok(await e.Opening.Supervisor.PostAsync($"{e.Url}/report", null));
        for (var i = 0; i < e.Members.Count; i++) await e.Countersign(i);

        // BL 42: every bid rejected, the tender is tendered again and names why; nothing can be awarded.
        var tender = await e.Tender.Tender();
        Assert.Equal("Retendered", tender.GetProperty("status").GetString());
        Assert.Contains("明显缺乏竞争", tender.GetProperty("retenderReason").GetString(), StringComparison.Ordinal);
        await ProblemAssert.IsRule(await e.Tender.Agency.PostAsJsonAsync($"/api/v1/tenders/{e.Tender.TenderId}/award", new { winnerId = failed }),
            HttpStatusCode.Conflict, "TENDER-STATE");
    }
}
