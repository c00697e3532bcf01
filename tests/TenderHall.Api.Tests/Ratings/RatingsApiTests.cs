using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using TenderHall.Api.Tests.Licensing;
using TenderHall.Api.Tests.Platform;
using TenderHall.Grains.Contracts.Accounts;
using TenderHall.Grains.Contracts.Licensing;
using static TenderHall.Api.Tests.Licensing.LicensingScenario;

namespace TenderHall.Api.Tests.Ratings;

/// <summary>Service ratings (国办发〔2019〕51号) through the API: once per case, follow-up of bad ratings, appeals, public results.</summary>
[Collection(AfterOpeningCollection.Name)]
public sealed class RatingsApiTests(PlatformFactory platform)
{
    // An immediate case applied for online by the scenario's applicant; decided when asked.
    private async Task<(LicensingScenario S, string Number)> Case(bool decide = true)
    {
        var s = new LicensingScenario(platform);
        await s.Publish(LicensingMode.Immediate, 0);
        using var applicant = s.Applicant;
        var number = (await s.Apply(applicant, Materials)).GetProperty("caseNumber").GetString()!;
        if (decide) await s.Grant(number);
        return (s, number);
    }

    private static async Task<JsonElement> Result(HttpClient client, string department) =>
        (await Json(await client.GetAsync("/api/v1/ratings/results"))).EnumerateArray().Single(t => t.GetProperty("departmentId").GetString() == department);

    [Fact]
    public async Task A_decided_case_is_rated_once_by_its_applicant_and_counts_in_the_public_results_without_its_words()
    {
        var (pending, early) = await Case(decide: false);
        using (var applicant = pending.Applicant)
            await Refused(await applicant.PostAsJsonAsync($"/api/v1/licensing/cases/{early}/rating", new { level = "Satisfied" }), "RATING-NOT-YET");

        var (s, number) = await Case();
        using var stranger = platform.ClientAs(Roles.Bidder, "org-other", "someone-else");
        await Refused(await stranger.PostAsJsonAsync($"/api/v1/licensing/cases/{number}/rating", new { level = "Satisfied" }), "RATING-RATER");
        using var rater = s.Applicant;
        await Refused(await rater.PostAsJsonAsync($"/api/v1/licensing/cases/{number}/rating", new { level = "Splendid" }), "REQ-INVALID");

        var rating = await Json(await rater.PostAsJsonAsync($"/api/v1/licensing/cases/{number}/rating", new { level = "VerySatisfied", comment = "窗口人员张某服务周到" }));
        Assert.Equal(JsonValueKind.Null, rating.GetProperty("followUp").ValueKind);
        await Refused(await rater.PostAsJsonAsync($"/api/v1/licensing/cases/{number}/rating", new { level = "Dissatisfied" }), "RATING-ONCE");

        using var anonymous = platform.CreateClient();
        var result = await Result(anonymous, s.Department);
        Assert.Equal(1, result.GetProperty("total").GetInt32());
        Assert.Equal(1, result.GetProperty("counts").GetProperty("VerySatisfied").GetInt32());
        Assert.Equal(1m, result.GetProperty("satisfiedRate").GetDecimal());
        Assert.DoesNotContain("张某", await anonymous.GetStringAsync("/api/v1/ratings/results"));
        var page = await anonymous.GetStringAsync("/licensing/ratings?lang=en");
        Assert.Contains("Service ratings", page);
        Assert.Contains(s.Department, page);
        Assert.DoesNotContain("张某", page);
        Assert.Contains("非常满意", WebUtility.HtmlDecode(await anonymous.GetStringAsync("/licensing/ratings")));
    }

    [Fact]
    public async Task A_bad_rating_is_followed_up_in_order_by_its_department_and_an_overdue_one_raises_an_alarm()
    {
        var (s, number) = await Case();
        using var rater = s.Applicant;
        var rating = await Json(await rater.PostAsJsonAsync($"/api/v1/licensing/cases/{number}/rating", new { level = "VeryDissatisfied", comment = "等候太久" }));
        var id = rating.GetProperty("id").GetString();
        var due = rating.GetProperty("followUp").GetProperty("due").GetDateTimeOffset();
        Assert.True(due > platform.Clock.GetUtcNow().AddDays(15)); // 15 working days, from the next day

        using var officer = s.Officer;
        using var otherDepartment = platform.ClientAs(Roles.WindowOfficer, "dept-other", "officer-other");
        await Refused(await officer.PostAsJsonAsync($"/api/v1/ratings/{id}/follow-up", new { step = "Rectified", note = "已整改" }), "RATING-FOLLOW-UP");
        Assert.Equal(HttpStatusCode.Forbidden, (await otherDepartment.PostAsJsonAsync($"/api/v1/ratings/{id}/follow-up", new { step = "Verified", note = "核实" })).StatusCode);
        await Json(await officer.PostAsJsonAsync($"/api/v1/ratings/{id}/follow-up", new { step = "Verified", note = "已核实：高峰时段等候 40 分钟" }));

        // The limit passes with the follow-up still open: supervision sees it.
        platform.Clock.Advance(due - platform.Clock.GetUtcNow() + TimeSpan.FromMinutes(1));
        using var supervisor = platform.ClientAs(Roles.Supervisor, null, "supervisor-ratings");
        var view = await Json(await supervisor.GetAsync($"/api/v1/ratings/{id}"));
        Assert.False(view.GetProperty("followUp").GetProperty("closed").GetBoolean());
        var day = platform.Clock.GetUtcNow().ToOffset(TimeSpan.FromHours(8)).ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);
        var alarms = await Json(await supervisor.GetAsync($"/api/v1/supervision/alarms?day={day}"));
        Assert.Contains(alarms.EnumerateArray(), a => a.GetProperty("code").GetString() == "RATING-FOLLOW-UP" && a.GetProperty("message").GetString()!.Contains(id!));

        foreach (var step in new[] { "Rectified", "CalledBack", "Recorded" })
            await Json(await officer.PostAsJsonAsync($"/api/v1/ratings/{id}/follow-up", new { step, note = step }));
        Assert.True((await Json(await officer.GetAsync($"/api/v1/ratings/{id}"))).GetProperty("followUp").GetProperty("closed").GetBoolean());
    }

    [Fact]
    public async Task An_appeal_upheld_by_the_centre_takes_a_bad_rating_out_of_the_public_results()
    {
        var (s, number) = await Case();
        using var rater = s.Applicant;
        var id = (await Json(await rater.PostAsJsonAsync($"/api/v1/licensing/cases/{number}/rating", new { level = "Dissatisfied" }))).GetProperty("id").GetString();
        using var anonymous = platform.CreateClient();
        Assert.Equal(1, (await Result(anonymous, s.Department)).GetProperty("counts").GetProperty("Dissatisfied").GetInt32());

        using var head = s.Head;
        using var centre = platform.ClientAs(Roles.CentreAdmin, null, "centre-ratings");
        Assert.Equal(HttpStatusCode.Forbidden, (await head.PostAsJsonAsync($"/api/v1/ratings/{id}/appeal/decision", new { upheld = true, reason = "x" })).StatusCode);
        await Refused(await centre.PostAsJsonAsync($"/api/v1/ratings/{id}/appeal/decision", new { upheld = true, reason = "x" }), "RATING-APPEAL");
        await Json(await head.PostAsJsonAsync($"/api/v1/ratings/{id}/appeal", new { reason = "申请人误评：办件当场办结" }));
        await Refused(await head.PostAsJsonAsync($"/api/v1/ratings/{id}/appeal", new { reason = "再次申诉" }), "RATING-APPEAL");

        var decided = await Json(await centre.PostAsJsonAsync($"/api/v1/ratings/{id}/appeal/decision", new { upheld = true, reason = "经核实系误评" }));
        Assert.True(decided.GetProperty("excluded").GetBoolean());
        var result = await Result(anonymous, s.Department);
        Assert.Equal(0, result.GetProperty("total").GetInt32());
        Assert.Equal(1, result.GetProperty("excluded").GetInt32());
    }
}
