using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using TenderHall.Api.Tests.Platform;
using TenderHall.Api.Tests.Tendering;

namespace TenderHall.Api.Tests.Award;

/// <summary>A supervisor's suspension for a complaint (BLR 62) is written before the tender pauses, and a retry pauses it once.</summary>
[Collection(AfterOpeningCollection.Name)]
public sealed class ComplaintSuspensionTests(PlatformFactory platform)
{
    [Fact]
    public async Task A_suspension_whose_complaint_write_fails_is_retried_into_one_pause_and_a_paused_tender_refuses_another_complaints()
    {
        // One tender for every case (the platform clock is shared): the supervisor resumes it between them.
        var s = await AwardScenario.Publicized(platform);
        // The order's write fails (nothing paused); it is written but the answer lost (the retry pauses the tender); the
        // tender paused but clearing the order failed (the retry finds it paused).
        foreach (var (nth, lostAcknowledgement) in new[] { (1, false), (1, true), (2, false) })
        {
            var id = await Accepted(s);
            platform.Faults.FailWrite("th-complaint", id, nth, lostAcknowledgement);
            await ProblemAssert.IsRetryLater(await Suspend(s, id));

            var retried = await TenderScenario.Read(await Suspend(s, id));
            Assert.True(retried.GetProperty("tenderSuspended").GetBoolean());
            TenderScenario.Ok(await Suspend(s, id)); // ordered once more: paused for this complaint already, nothing changes
            var tender = await s.Tender.Tender();
            Assert.Equal("Suspended", tender.GetProperty("status").GetString());
            Assert.Single(Pauses(tender), p => p.GetProperty("complaintId").GetString() == id);
            if (nth == 2) break;
            TenderScenario.Ok(await s.Tender.Supervisor.PostAsync($"/api/v1/tenders/{s.Tender.TenderId}/resume", null));
        }

        var other = await Accepted(s);
        await ProblemAssert.IsRule(await Suspend(s, other), HttpStatusCode.Conflict, "TENDER-STATE");
        Assert.False((await TenderScenario.Read(await s.Tender.Supervisor.GetAsync($"/api/v1/complaints/{other}"))).GetProperty("tenderSuspended").GetBoolean());
        Assert.Equal(3, Pauses(await s.Tender.Tender()).Count);
        await ProblemAssert.IsRule(await s.Tender.Supervisor.PostAsJsonAsync($"/api/v1/complaints/{other}/suspension", new { note = " " }),
            HttpStatusCode.UnprocessableEntity, "REQ-FIELD");
    }

    [Fact]
    public async Task A_decision_whose_complaint_write_fails_after_the_tender_moved_is_retried_into_one_re_evaluation()
    {
        var s = await AwardScenario.Publicized(platform);
        var id = await Accepted(s);
        TenderScenario.Ok(await Suspend(s, id));
        // The tender carries the decision out, then the complaint's own write fails: before, the retry found the tender
        // moved on and was refused with TENDER-STATE, leaving the complaint undecided for good.
        platform.Faults.FailWrite("th-complaint", id);
        await ProblemAssert.IsRetryLater(await Decide(s, id));

        var decided = await TenderScenario.Read(await Decide(s, id));
        Assert.Equal("Decided", decided.GetProperty("status").GetString());
        var tender = await s.Tender.Tender();
        Assert.Equal("Evaluating", tender.GetProperty("status").GetString());
    }

    private static Task<HttpResponseMessage> Decide(AwardScenario s, string id) =>
        s.Tender.Supervisor.PostAsJsonAsync($"/api/v1/complaints/{id}/decision", new { outcome = "Reevaluate", note = "投诉成立，责令重新评标" });

    private static List<JsonElement> Pauses(JsonElement tender) => [.. tender.GetProperty("suspensions").EnumerateArray()];

    private static Task<HttpResponseMessage> Suspend(AwardScenario s, string id) =>
        s.Tender.Supervisor.PostAsJsonAsync($"/api/v1/complaints/{id}/suspension", new { note = "投诉处理期间暂停" });

    private static async Task<string> Accepted(AwardScenario s)
    {
        var id = (await TenderScenario.Read(await s.Bidders[1].Client.PostAsJsonAsync("/api/v1/complaints", new
        {
            tenderId = s.Tender.TenderId, text = "第一中标候选人业绩证明不实", knownAt = s.Tender.Now.AddHours(-1), evidence = Array.Empty<string>(),
        }))).GetProperty("id").GetString()!;
        TenderScenario.Ok(await s.Tender.Supervisor.PostAsJsonAsync($"/api/v1/complaints/{id}/review", new { accept = true, note = "符合受理条件" }));
        return id;
    }
}
