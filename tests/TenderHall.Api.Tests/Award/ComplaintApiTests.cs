using System.Net;
using System.Net.Http.Json;
using TenderHall.Api.Tests.Platform;
using TenderHall.Api.Tests.Tendering;

namespace TenderHall.Api.Tests.Award;

[Collection(AfterOpeningCollection.Name)]
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

    [Fact]
    public async Task A_complainant_lists_only_its_own_cases_and_the_supervisors_queue_holds_the_open_ones_with_their_evidence()
    {
        var s = await AwardScenario.Publicized(platform);
        var (first, second) = (s.Bidders[1].Client, s.Bidders[2].Client);
        var evidence = await TenderScenario.Read(await first.PostAsync("/api/v1/complaints/evidence", new ByteArrayContent("中标候选人社保缴纳记录"u8.ToArray())));
        var sha = evidence.GetProperty("sha256Hex").GetString()!;
        var mine = await FileComplaint(s, first, "第一中标候选人项目经理有在建工程", sha);
        var theirs = await FileComplaint(s, second, "评标委员会未按招标文件评分");

        var listed = await TenderScenario.Read(await first.GetAsync("/api/v1/complaints/mine"));
        var own = Assert.Single(listed.EnumerateArray());
        Assert.Equal(mine, own.GetProperty("id").GetString());
        Assert.True(own.GetProperty("acceptanceDue").GetDateTimeOffset() > s.Tender.Now);
        using (var agency = await s.Tender.Agency.GetAsync("/api/v1/complaints/mine"))
            await ProblemAssert.IsRule(agency, HttpStatusCode.Forbidden, "AUTH-FORBIDDEN");
        using (var bidder = await first.GetAsync("/api/v1/complaints"))
            await ProblemAssert.IsRule(bidder, HttpStatusCode.Forbidden, "AUTH-FORBIDDEN");

        var queue = await Queue(s);
        Assert.Contains(mine, queue);
        Assert.Contains(theirs, queue);
        TenderScenario.Ok(await s.Tender.Supervisor.PostAsJsonAsync($"/api/v1/complaints/{theirs}/review", new { accept = false, note = "投诉事项不属于本部门职责" }));
        Assert.DoesNotContain(theirs, await Queue(s));
        Assert.Contains(mine, await Queue(s));
        var rejected = Assert.Single((await TenderScenario.Read(await second.GetAsync("/api/v1/complaints/mine"))).EnumerateArray());
        Assert.Equal("Rejected", rejected.GetProperty("status").GetString());

        // The evidence is the complainant's and supervision's to read, nobody else's.
        Assert.Equal("中标候选人社保缴纳记录"u8.ToArray(), await s.Tender.Supervisor.GetByteArrayAsync($"/api/v1/complaints/{mine}/evidence/{sha}"));
        using (var other = await second.GetAsync($"/api/v1/complaints/{mine}/evidence/{sha}"))
            await ProblemAssert.IsRule(other, HttpStatusCode.Forbidden, "AUTH-FORBIDDEN");
        using (var unlisted = await first.GetAsync($"/api/v1/complaints/{mine}/evidence/{new string('0', 64)}"))
            await ProblemAssert.IsRule(unlisted, HttpStatusCode.NotFound, "DIR-NOT-FOUND");
    }

    private static async Task<string> FileComplaint(AwardScenario s, HttpClient complainant, string text, params string[] evidence)
    {
        var filed = await TenderScenario.Read(await complainant.PostAsJsonAsync("/api/v1/complaints", new { tenderId = s.Tender.TenderId, text, knownAt = s.Tender.Now.AddHours(-1), evidence }));
        return filed.GetProperty("id").GetString()!;
    }

    private static async Task<List<string>> Queue(AwardScenario s) =>
        [.. (await TenderScenario.Read(await s.Tender.Supervisor.GetAsync("/api/v1/complaints"))).EnumerateArray().Select(c => c.GetProperty("id").GetString()!)];
}
