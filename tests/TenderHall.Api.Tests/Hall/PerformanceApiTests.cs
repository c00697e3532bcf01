using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;
using TenderHall.Api.Tests.Licensing;
using TenderHall.Api.Tests.Platform;
using TenderHall.Grains.Contracts.Accounts;
using TenderHall.Grains.Contracts.Licensing;
using TenderHall.Grains.Contracts.Time;
using TenderHall.Grains.Deadlines;
using static TenderHall.Api.Tests.Licensing.LicensingScenario;

namespace TenderHall.Api.Tests.Hall;

/// <summary>Performance figures fed by the cases: working days across rest days, on-the-spot completion, fast-track apart, an idempotent feed.</summary>
[Collection(AfterOpeningCollection.Name)]
public sealed class PerformanceApiTests(PlatformFactory platform)
{
    private static async Task<string> Case(LicensingScenario s, string? projectCode = null)
    {
        using var applicant = s.Applicant;
        var view = await Json(await s.ApplyFor(applicant, "Other", projectCode, null));
        var number = view.GetProperty("caseNumber").GetString()!;
        using var officer = s.Officer;
        await Json(await officer.PostAsync($"/api/v1/licensing/cases/{number}/acceptance", null));
        await Json(await officer.PostAsJsonAsync($"/api/v1/licensing/cases/{number}/review", new { text = "材料齐全" }));
        return number;
    }

    private static async Task Decide(LicensingScenario s, string number)
    {
        using var chief = s.Chief;
        await Json(await chief.PostAsJsonAsync($"/api/v1/licensing/cases/{number}/decision", new { grant = true, reason = "准予许可" }));
    }

    private static async Task<JsonElement> Figures(HttpClient client, LicensingScenario s) =>
        (await Json(await client.GetAsync($"/api/v1/licensing/performance?department={s.Department}"))).EnumerateArray().Single();

    [Fact]
    public async Task Handling_time_counts_working_days_only_and_fast_track_cases_are_counted_apart()
    {
        var s = new LicensingScenario(platform);
        await s.Publish(LicensingMode.Committed, 20);
        var project = "2026-460000-48-01-" + Random.Shared.Next(100000, 999999);
        using var centre = platform.ClientAs(Roles.CentreAdmin, null, "centre-performance");
        await Json(await centre.PutAsJsonAsync($"/api/v1/hall/major-projects/{project}", new { major = true, reason = "省重点项目" }));
        var regular = await Case(s);
        var fast = await Case(s, project);
        var acceptedOn = BeijingTime.DateOf(platform.Clock.GetUtcNow());

        // Nine calendar days later: only the working days on the State Council's calendar count (rest days and holidays out, make-up days in).
        platform.Clock.Advance(TimeSpan.FromDays(9));
        await Decide(s, regular);
        await Decide(s, fast);
        var calendar = platform.Services.GetRequiredService<HolidayCalendar>();
        var expected = Enumerable.Range(1, 9).Count(d => calendar.IsWorkingDay(acceptedOn.AddDays(d)));

        var figures = await Figures(centre, s);
        foreach (var lane in new[] { "regular", "fastTrack" })
        {
            var f = figures.GetProperty(lane);
            Assert.Equal(1, f.GetProperty("decided").GetInt32());
            Assert.Equal(1m, f.GetProperty("onTimeRate").GetDecimal());
            Assert.Equal(expected, f.GetProperty("averageHandlingWorkingDays").GetDecimal());
        }

        var officer = figures.GetProperty("officers").EnumerateArray().Single();
        Assert.Equal("officer-" + s.Department, officer.GetProperty("id").GetString());
        Assert.Equal(2, officer.GetProperty("accepted").GetInt32());
        Assert.Equal(s.Department, figures.GetProperty("windows")[0].GetProperty("id").GetString());
        Assert.Equal(2, figures.GetProperty("byStatus").GetProperty("Approved").GetInt32());
    }

    [Fact]
    public async Task An_immediate_case_decided_the_day_it_came_counts_on_the_spot_and_a_replayed_report_changes_nothing()
    {
        var s = new LicensingScenario(platform);
        await s.Publish(LicensingMode.Immediate, 0);
        var number = await Case(s);
        await Decide(s, number);
        using var centre = platform.ClientAs(Roles.CentreAdmin, null, "centre-performance");
        var before = await Figures(centre, s);
        Assert.Equal(1, before.GetProperty("regular").GetProperty("onTheSpot").GetInt32());
        Assert.Equal(1m, before.GetProperty("regular").GetProperty("onTheSpotRate").GetDecimal());
        Assert.Equal(0m, before.GetProperty("regular").GetProperty("averageHandlingWorkingDays").GetDecimal());

        // The case reports again on its next tick (as after a restart): the projection counts it once.
        await platform.Services.GetRequiredService<IGrainFactory>().GetGrain<ILicensingCaseGrain>(number).AsReference<IRemindable>().ReceiveReminder("clock", default);
        Assert.Equal(before.ToString(), (await Figures(centre, s)).ToString());

        var chart = await centre.SendAsync(new HttpRequestMessage(HttpMethod.Get, $"/api/v1/licensing/performance/chart.svg?figure=OnTheSpotRate&by=Officer&department={s.Department}")
        {
            Headers = { { "Accept-Language", "zh-CN" } },
        });
        Assert.Equal("image/svg+xml", chart.Content.Headers.ContentType?.MediaType);
        var svg = await chart.Content.ReadAsStringAsync();
        Assert.Contains("现场办结率", svg);
        Assert.Contains("officer-" + s.Department, svg);
        Assert.Contains("100 %", svg);
        await Refused(await centre.GetAsync("/api/v1/licensing/performance/chart.svg?figure=OnTimeRate&by=Window"), "REQ-FIELD");
        await Refused(await centre.GetAsync("/api/v1/licensing/performance?from=2025-02-01&to=2025-01-01"), "REQ-FIELD");
        using var officer = s.Officer;
        Assert.Equal(HttpStatusCode.Forbidden, (await officer.GetAsync("/api/v1/licensing/performance")).StatusCode);
    }
}
