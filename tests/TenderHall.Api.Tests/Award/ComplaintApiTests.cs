using System.Net;
using System.Net.Http.Json;
using TenderHall.Api.Tests.Platform;
using TenderHall.Api.Tests.Tendering;

namespace TenderHall.Api.Tests.Award;

[Collection(PlatformCollection.Name)]
public sealed class ComplaintApiTests(PlatformFactory platform)
{
    [Fact]
    public async Task A_complaint_with_evidence_is_accepted_suspends_the_tender_and_an_upheld_decision_re_tenders_it()
    {
        var s = await AwardScenario.Publicized(platform);
        var complainant = s.Bidders[1].Client;
        var evidence = await TenderScenario.Read(await complainant.PostAsync("/api/v1/complaints/evidence", new ByteArrayContent("业绩证明复印件"u8.ToArray())));
        var filed = await TenderScenario.Read(await complainant.PostAsJsonAsync("/api/v1/complaints", new
        {
            tenderId = s.Tender.TenderId, text = "第一中标候选人业绩证明不实", knownAt = s.Tender.Now.AddHours(-1),
            evidence = new[] { evidence.GetProperty("sha256Hex").GetString() },
        }));
        var id = filed.GetProperty("id").GetString();
        Assert.Equal("Filed", filed.GetProperty("status").GetString());
        Assert.True(filed.GetProperty("acceptanceDue").GetDateTimeOffset() > s.Tender.Now);

        // Only the complainant and supervisors see the case.
        using (var other = await s.Bidders[2].Client.GetAsync($"/api/v1/complaints/{id}"))
            await ProblemAssert.IsRule(other, HttpStatusCode.Forbidden, "AUTH-FORBIDDEN");
        using (var early = await s.Tender.Supervisor.PostAsJsonAsync($"/api/v1/complaints/{id}/decision", new { outcome = "Retender", note = "查实" }))
            await ProblemAssert.IsRule(early, HttpStatusCode.Conflict, "COMPLAINT-STATE");

        var accepted = await TenderScenario.Read(await s.Tender.Supervisor.PostAsJsonAsync($"/api/v1/complaints/{id}/review", new { accept = true, note = "符合受理条件" }));
        Assert.True(accepted.GetProperty("decisionDue").GetDateTimeOffset() > accepted.GetProperty("acceptedAt").GetDateTimeOffset().AddDays(30)); // 30 working days
        TenderScenario.Ok(await s.Tender.Supervisor.PostAsJsonAsync($"/api/v1/complaints/{id}/suspension", new { note = "投诉处理期间暂停" }));
        Assert.Equal("Suspended", (await s.Tender.Tender()).GetProperty("status").GetString());

        var decided = await TenderScenario.Read(await s.Tender.Supervisor.PostAsJsonAsync($"/api/v1/complaints/{id}/decision", new { outcome = "Retender", note = "投诉属实，应当重新招标" }));
        Assert.Equal("Decided", decided.GetProperty("status").GetString());
        Assert.Equal("Retendered", (await s.Tender.Tender()).GetProperty("status").GetString());
        var seen = await TenderScenario.Read(await complainant.GetAsync($"/api/v1/complaints/{id}"));
        Assert.Equal("Retender", seen.GetProperty("outcome").GetString());
    }
}
