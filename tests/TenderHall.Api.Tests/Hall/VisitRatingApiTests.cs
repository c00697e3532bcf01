using System.Net.Http.Json;
using System.Text.Json;
using TenderHall.Api.Tests.Licensing;
using TenderHall.Api.Tests.Platform;
using TenderHall.Grains.Contracts.Accounts;
using TenderHall.Grains.Contracts.Licensing;
using static TenderHall.Api.Tests.Licensing.LicensingScenario;

namespace TenderHall.Api.Tests.Hall;

/// <summary>Hall visit ratings (一次一评) through the rating rules of cases: once per served visit, bad ones followed up, results per window.</summary>
[Collection(AfterOpeningCollection.Name)]
public sealed class VisitRatingApiTests(PlatformFactory platform)
{
    // A window with one ticket taken and, when asked, called and served; answers the receipt.
    private async Task<(LicensingScenario S, JsonElement Receipt)> Visit(bool serve = true)
    {
        var s = new LicensingScenario(platform);
        await s.Publish(LicensingMode.Immediate, 0);
        using var kiosk = platform.CreateClient();
        var receipt = await Json(await kiosk.PostAsJsonAsync($"/api/v1/hall/windows/{s.Department}/tickets", new { }));
        if (!serve) return (s, receipt);
        using var officer = s.Officer;
        await Json(await officer.PostAsJsonAsync($"/api/v1/hall/windows/{s.Department}/queue/next", new { counter = "1" }));
        await Json(await officer.PostAsync($"/api/v1/hall/windows/{s.Department}/tickets/A001/service", null));
        return (s, receipt);
    }

    private static Task<HttpResponseMessage> Rate(HttpClient client, LicensingScenario s, JsonElement receipt, string level, string? secret = null) =>
        client.PostAsJsonAsync($"/api/v1/hall/windows/{s.Department}/tickets/A001/rating", new
        {
            date = receipt.GetProperty("date").GetString(), secret = secret ?? receipt.GetProperty("secret").GetString(), level, comment = "窗口人员李某态度不好",
        });

    [Fact]
    public async Task A_served_visit_is_rated_once_with_its_ticket_code_and_counts_for_its_window_and_department()
    {
        using var visitor = platform.CreateClient();
        var (waiting, early) = await Visit(serve: false);
        await Refused(await Rate(visitor, waiting, early, "Satisfied"), "RATING-VISIT-NOT-YET");

        var (s, receipt) = await Visit();
        await Refused(await Rate(visitor, s, receipt, "Satisfied", secret: new string('0', 32)), "HALL-TICKET-SECRET");
        var rating = await Json(await Rate(visitor, s, receipt, "VerySatisfied"));
        Assert.Equal(s.Department, rating.GetProperty("windowId").GetString());
        Assert.Equal(JsonValueKind.Null, rating.GetProperty("followUp").ValueKind);
        // A retry of the same rating (its answer lost) gets it again; anything else is a second rating.
        Assert.Equal(rating.GetProperty("id").GetString(), (await Json(await Rate(visitor, s, receipt, "VerySatisfied"))).GetProperty("id").GetString());
        await Refused(await Rate(visitor, s, receipt, "Dissatisfied"), "RATING-VISIT-ONCE");

        foreach (var by in new[] { "Department", "Window" })
        {
            var results = await visitor.GetStringAsync($"/api/v1/ratings/results?by={by}");
            var tally = JsonDocument.Parse(results).RootElement.EnumerateArray().Single(t => t.GetProperty("departmentId").GetString() == s.Department);
            Assert.Equal(1, tally.GetProperty("visits").GetInt32());
            Assert.Equal(0, tally.GetProperty("cases").GetInt32());
            Assert.Equal(1, tally.GetProperty("counts").GetProperty("VerySatisfied").GetInt32());
            Assert.DoesNotContain("李某", results);
        }

        await Refused(await visitor.GetAsync("/api/v1/ratings/results?by=Officer"), "REQ-FIELD");
    }

    [Fact]
    public async Task A_bad_visit_rating_opens_the_same_follow_up_as_a_case_for_the_windows_department()
    {
        var (s, receipt) = await Visit();
        using var visitor = platform.CreateClient();
        var rating = await Json(await Rate(visitor, s, receipt, "VeryDissatisfied"));
        var id = rating.GetProperty("id").GetString();
        Assert.True(rating.GetProperty("followUp").GetProperty("due").GetDateTimeOffset() > platform.Clock.GetUtcNow().AddDays(15));

        using var officer = s.Officer;
        Assert.Contains("李某", (await Json(await officer.GetAsync($"/api/v1/ratings/{id}"))).GetProperty("comment").GetString());
        await Refused(await officer.PostAsJsonAsync($"/api/v1/ratings/{id}/follow-up", new { step = "Recorded", note = "记录" }), "RATING-FOLLOW-UP");
        var verified = await Json(await officer.PostAsJsonAsync($"/api/v1/ratings/{id}/follow-up", new { step = "Verified", note = "已核实：高峰时段等候过长" }));
        Assert.Single(verified.GetProperty("followUp").GetProperty("steps").EnumerateArray());
        using var otherWindow = s.In("dept-" + Guid.NewGuid().ToString("N")[..8], Roles.WindowOfficer);
        Assert.Equal(System.Net.HttpStatusCode.Forbidden, (await otherWindow.PostAsJsonAsync($"/api/v1/ratings/{id}/follow-up", new { step = "Rectified", note = "x" })).StatusCode);
    }
}
