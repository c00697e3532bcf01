using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;
using TenderHall.Api.Tests.Licensing;
using TenderHall.Api.Tests.Platform;
using TenderHall.Grains.Contracts.Accounts;
using TenderHall.Grains.Contracts.Licensing;
using TenderHall.Grains.Contracts.Performance;
using TenderHall.Grains.Contracts.Ratings;
using static TenderHall.Api.Tests.Licensing.LicensingScenario;

namespace TenderHall.Api.Tests.Ratings;

/// <summary>Ratings per officer: a case's rating goes to who decided it, a visit's to who served the ticket; centre and supervision only.</summary>
[Collection(AfterOpeningCollection.Name)]
public sealed class OfficerRatingsApiTests(PlatformFactory platform)
{
    // An immediate case accepted by the window officer and decided by the chief; a hall visit served by the window officer.
    private async Task<(LicensingScenario S, string Number, JsonElement Receipt)> Served()
    {
        var s = new LicensingScenario(platform);
        await s.Publish(LicensingMode.Immediate, 0);
        using var applicant = s.Applicant;
        var number = (await s.Apply(applicant, Materials)).GetProperty("caseNumber").GetString()!;
        await s.Grant(number);
        using var officer = s.Officer;
        using var kiosk = platform.CreateClient();
        var receipt = await Json(await kiosk.PostAsJsonAsync($"/api/v1/hall/windows/{s.Department}/tickets", new { }));
        await Json(await officer.PostAsJsonAsync($"/api/v1/hall/windows/{s.Department}/queue/next", new { counter = "2" }));
        await Json(await officer.PostAsync($"/api/v1/hall/windows/{s.Department}/tickets/A001/service", null));
        return (s, number, receipt);
    }

    private static async Task<Dictionary<string, JsonElement>> Officers(HttpClient client, LicensingScenario s) =>
        (await Json(await client.GetAsync($"/api/v1/licensing/performance?department={s.Department}"))).EnumerateArray().Single()
            .GetProperty("officers").EnumerateArray().ToDictionary(o => o.GetProperty("id").GetString()!);

    [Fact]
    public async Task A_case_rating_counts_for_the_chief_who_decided_and_a_visit_rating_for_the_officer_who_served()
    {
        var (s, number, receipt) = await Served();
        using var rater = s.Applicant;
        await Json(await rater.PostAsJsonAsync($"/api/v1/licensing/cases/{number}/rating", new { level = "VeryDissatisfied", comment = "等候太久" }));
        using var visitor = platform.CreateClient();
        await Json(await visitor.PostAsJsonAsync($"/api/v1/hall/windows/{s.Department}/tickets/A001/rating", new
        {
            date = receipt.GetProperty("date").GetString(), secret = receipt.GetProperty("secret").GetString(), level = "Satisfied",
        }));

        using var centre = platform.ClientAs(Roles.CentreAdmin, null, "centre-officer-ratings");
        var officers = await Officers(centre, s);
        var chief = officers["chief-" + s.Department];
        Assert.Equal(0, chief.GetProperty("accepted").GetInt32());
        Assert.Equal((1, 1, 0), (chief.GetProperty("ratings").GetProperty("total").GetInt32(), chief.GetProperty("ratings").GetProperty("cases").GetInt32(),
            chief.GetProperty("ratings").GetProperty("visits").GetInt32()));
        Assert.Equal(1, chief.GetProperty("ratings").GetProperty("counts").GetProperty("VeryDissatisfied").GetInt32());
        var window = officers["officer-" + s.Department];
        Assert.Equal(1, window.GetProperty("accepted").GetInt32());
        Assert.Equal((1, 1, 1m), (window.GetProperty("ratings").GetProperty("total").GetInt32(), window.GetProperty("ratings").GetProperty("visits").GetInt32(),
            window.GetProperty("ratings").GetProperty("satisfiedRate").GetDecimal()));

        var svg = await centre.GetStringAsync($"/api/v1/licensing/performance/chart.svg?figure=SatisfiedRate&by=Officer&department={s.Department}");
        Assert.Contains("chief-" + s.Department, svg);
        Assert.Contains("officer-" + s.Department, svg);
        await Refused(await centre.GetAsync($"/api/v1/licensing/performance/chart.svg?figure=SatisfiedRate&by=Window&department={s.Department}"), "REQ-FIELD");
    }

    [Fact]
    public async Task A_rating_told_twice_counts_once_and_an_upheld_appeal_takes_it_out_of_the_officers_figures()
    {
        var (s, number, _) = await Served();
        using var rater = s.Applicant;
        var rating = await Json(await rater.PostAsJsonAsync($"/api/v1/licensing/cases/{number}/rating", new { level = "Dissatisfied" }));
        var id = rating.GetProperty("id").GetString()!;
        using var centre = platform.ClientAs(Roles.CentreAdmin, null, "centre-officer-ratings");
        var before = (await Officers(centre, s))["chief-" + s.Department].ToString();

        // The projection told again what it was told (a rating grain replaying its pending change): nothing changes.
        await platform.Services.GetRequiredService<IGrainFactory>().GetGrain<IPerformanceGrain>(s.Department).Rated(new RatingFact
        {
            RatingId = id, Officer = "chief-" + s.Department, WindowId = s.Department, Level = RatingLevel.Dissatisfied,
            RatedAt = rating.GetProperty("ratedAt").GetDateTimeOffset(),
        });
        Assert.Equal(before, (await Officers(centre, s))["chief-" + s.Department].ToString());

        using var head = s.Head;
        await Json(await head.PostAsJsonAsync($"/api/v1/ratings/{id}/appeal", new { reason = "申请人误评" }));
        await Json(await centre.PostAsJsonAsync($"/api/v1/ratings/{id}/appeal/decision", new { upheld = true, reason = "经核实系误评" }));
        var chief = (await Officers(centre, s))["chief-" + s.Department].GetProperty("ratings");
        Assert.Equal((0, 1), (chief.GetProperty("total").GetInt32(), chief.GetProperty("excluded").GetInt32()));
    }

    [Fact]
    public async Task An_officers_ratings_are_not_public_nor_shown_to_the_officers_themselves()
    {
        var (s, number, _) = await Served();
        using var rater = s.Applicant;
        await Json(await rater.PostAsJsonAsync($"/api/v1/licensing/cases/{number}/rating", new { level = "Satisfied" }));

        using var anonymous = platform.CreateClient();
        Assert.Equal(HttpStatusCode.Unauthorized, (await anonymous.GetAsync($"/api/v1/licensing/performance?department={s.Department}")).StatusCode);
        using var officer = s.Officer;
        Assert.Equal(HttpStatusCode.Forbidden, (await officer.GetAsync($"/api/v1/licensing/performance?department={s.Department}")).StatusCode);
        foreach (var by in new[] { "Department", "Window" })
            Assert.DoesNotContain("chief-" + s.Department, await anonymous.GetStringAsync($"/api/v1/ratings/results?by={by}"));
        using var supervisor = platform.ClientAs(Roles.Supervisor, "dept-supervision", "supervisor-officer-ratings");
        Assert.Equal(1, (await Officers(supervisor, s))["chief-" + s.Department].GetProperty("ratings").GetProperty("total").GetInt32());
    }
}
