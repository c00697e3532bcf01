using System.Net;
using System.Net.Http.Json;
using Microsoft.Extensions.DependencyInjection;
using TenderHall.Api.Tests.Platform;
using TenderHall.Api.Tests.Tendering;
using TenderHall.Grains.Contracts.Supervision;

namespace TenderHall.Api.Tests.Evaluation;

[Collection(PlatformCollection.Name)]
public sealed class EvaluationOutcomeTests(PlatformFactory platform)
{
    [Fact]
    public async Task Fewer_than_three_valid_bids_found_lacking_competition_are_all_rejected_and_the_tender_is_retendered_with_the_reason()
    {
        var e = await EvaluationScenario.Create(platform);
        await e.OpenAndCheckIn();
        var failed = e.Opening.Bidders[0].Id;
        for (var i = 0; i < e.Members.Count; i++)
            TenderScenario.Ok(await e.Member(i).PostAsJsonAsync($"{e.Url}/review", new
            {
                failures = new[] { new { bidderId = failed, criterion = "投标保证金已缴纳", reason = "未缴纳投标保证金", article = "BLR 51" } },
                competitionLacking = true,
            }));
        var reviewed = await TenderScenario.Read(await e.Member(0).GetAsync(e.Url));
        Assert.Equal("Reporting", reviewed.GetProperty("status").GetString());

        TenderScenario.Ok(await e.Opening.Supervisor.PostAsync($"{e.Url}/watch", null));
        TenderScenario.Ok(await e.Opening.Supervisor.PostAsync($"{e.Url}/report", null));
        for (var i = 0; i < e.Members.Count; i++) await e.Countersign(i);

        // BL 42: every bid rejected, the tender is tendered again and names why; nothing can be awarded.
        var tender = await e.Tender.Tender();
        Assert.Equal("Retendered", tender.GetProperty("status").GetString());
        Assert.Contains("明显缺乏竞争", tender.GetProperty("retenderReason").GetString(), StringComparison.Ordinal);
        await ProblemAssert.IsRule(await e.Tender.Agency.PostAsJsonAsync($"/api/v1/tenders/{e.Tender.TenderId}/award", new { winnerId = failed }),
            HttpStatusCode.Conflict, "TENDER-STATE");
    }

    [Fact]
    public async Task A_clarification_request_left_unanswered_past_its_deadline_alarms_supervision_and_the_late_answer_is_refused()
    {
        var e = await EvaluationScenario.Create(platform);
        await e.OpenAndCheckIn();
        var bidder = e.Opening.Bidders[1];
        var asked = await TenderScenario.Read(await e.Member(0).PostAsJsonAsync($"{e.Url}/clarifications", new { bidderId = bidder.Id, question = "请说明报价构成。", hours = 1 }));
        var number = asked.GetProperty("number").GetInt32();
        e.Tender.Advance(TimeSpan.FromHours(1));

        await ProblemAssert.IsRule(await bidder.Client.PostAsJsonAsync($"{e.Url}/clarifications/{number}/answer", new { answer = "见报价明细表。" }),
            HttpStatusCode.Conflict, "EVAL-CLARIFICATION");
        var alarms = await platform.Services.GetRequiredService<IGrainFactory>().GetGrain<ISupervisionAlarmsGrain>(SupervisionAlarms.DayKey(e.Tender.Now)).List();
        Assert.Single(alarms, a => a.Code == "BL-39" && a.Subject == "tender/" + e.Tender.TenderId);
        await ProblemAssert.IsRule(await bidder.Client.PostAsJsonAsync($"{e.Url}/clarifications/{number}/answer", new { answer = "再次答复。" }),
            HttpStatusCode.Conflict, "EVAL-CLARIFICATION");
        alarms = await platform.Services.GetRequiredService<IGrainFactory>().GetGrain<ISupervisionAlarmsGrain>(SupervisionAlarms.DayKey(e.Tender.Now)).List();
        Assert.Single(alarms, a => a.Code == "BL-39" && a.Subject == "tender/" + e.Tender.TenderId);
    }
}
