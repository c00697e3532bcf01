using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using TenderHall.Api.Tests.Platform;
using TenderHall.Api.Tests.Tendering;

namespace TenderHall.Api.Tests.Award;

/// <summary>A supervisor's suspension for a complaint (BLR 62) is written before the tender pauses, and a retry pauses it once.</summary>
[Collection(PlatformCollection.Name)]
public sealed class ComplaintSuspensionTests(PlatformFactory platform)
{
    [Theory]
    [InlineData(1, false)] // the order's write fails: nothing is paused
    [InlineData(1, true)] // the order is written but the answer lost: the retry pauses the tender
    [InlineData(2, false)] // the tender paused, clearing the order failed: the retry finds it paused
    public async Task A_suspension_whose_complaint_write_fails_is_retried_into_one_pause_of_the_tender(int nth, bool lostAcknowledgement)
    {
        var (s, id) = await Accepted();
        platform.Faults.FailWrite("th-complaint", id, nth, lostAcknowledgement);
        await ProblemAssert.IsRetryLater(await Suspend(s, id));

        var retried = await TenderScenario.Read(await Suspend(s, id));
        Assert.True(retried.GetProperty("tenderSuspended").GetBoolean());
        // Ordered once more: the tender is paused for this complaint already, nothing changes.
        TenderScenario.Ok(await Suspend(s, id));
        var tender = await s.Tender.Tender();
        Assert.Equal("Suspended", tender.GetProperty("status").GetString());
        Assert.Single(Pauses(tender), p => p.GetProperty("complaintId").GetString() == id);
    }

    [Fact]
    public async Task A_second_complaint_cannot_suspend_a_tender_already_paused_and_stays_unsuspended()
    {
        var (s, first) = await Accepted();
        var second = await File(s, 2);
        TenderScenario.Ok(await s.Tender.Supervisor.PostAsJsonAsync($"/api/v1/complaints/{second}/review", new { accept = true, note = "符合受理条件" }));
        TenderScenario.Ok(await Suspend(s, first));

        await ProblemAssert.IsRule(await Suspend(s, second), HttpStatusCode.Conflict, "TENDER-STATE");
        var seen = await TenderScenario.Read(await s.Tender.Supervisor.GetAsync($"/api/v1/complaints/{second}"));
        Assert.False(seen.GetProperty("tenderSuspended").GetBoolean());
        Assert.Single(Pauses(await s.Tender.Tender()));
        await ProblemAssert.IsRule(await s.Tender.Supervisor.PostAsJsonAsync($"/api/v1/complaints/{first}/suspension", new { note = " " }),
            HttpStatusCode.UnprocessableEntity, "REQ-FIELD");
    }

    private static List<JsonElement> Pauses(JsonElement tender) => [.. tender.GetProperty("suspensions").EnumerateArray()];

    private static Task<HttpResponseMessage> Suspend(AwardScenario s, string id) =>
        s.Tender.Supervisor.PostAsJsonAsync($"/api/v1/complaints/{id}/suspension", new { note = "投诉处理期间暂停" });

    private async Task<(AwardScenario Scenario, string Id)> Accepted()
    {
        var s = await AwardScenario.Publicized(platform);
        var id = await File(s, 1);
        TenderScenario.Ok(await s.Tender.Supervisor.PostAsJsonAsync($"/api/v1/complaints/{id}/review", new { accept = true, note = "符合受理条件" }));
        return (s, id);
    }

    private static async Task<string> File(AwardScenario s, int bidder) =>
        (await TenderScenario.Read(await s.Bidders[bidder].Client.PostAsJsonAsync("/api/v1/complaints", new
        {
            tenderId = s.Tender.TenderId, text = "第一中标候选人业绩证明不实", knownAt = s.Tender.Now.AddHours(-1), evidence = Array.Empty<string>(),
        }))).GetProperty("id").GetString()!;
}
