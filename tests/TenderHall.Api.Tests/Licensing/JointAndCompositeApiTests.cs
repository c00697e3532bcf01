using System.Net.Http.Json;
using System.Text.Json;
using TenderHall.Api.Tests.Platform;
using TenderHall.Grains.Contracts.Accounts;
using TenderHall.Grains.Contracts.Licensing;
using static TenderHall.Api.Tests.Licensing.LicensingScenario;

namespace TenderHall.Api.Tests.Licensing;

[Collection(PlatformCollection.Name)]
public sealed class JointAndCompositeApiTests(PlatformFactory platform)
{
    private static string NewDepartment() => "dept-" + Guid.NewGuid().ToString("N")[..10];

    private static string Status(JsonElement view) => view.GetProperty("status").GetString()!;

    [Fact]
    public async Task A_joint_case_runs_from_one_form_through_parallel_sub_cases_and_a_coordination_to_delivery_at_the_first_window()
    {
        var s = new LicensingScenario(platform);
        string land = NewDepartment(), ecology = NewDepartment();
        await s.Publish(LicensingMode.Joint, 30, true, land, ecology);
        using var applicant = s.Applicant;
        using var officer = s.Officer;
        using var leadChief = s.Chief;
        using var admin = platform.ClientAs(Roles.CentreAdmin);

        var number = (await s.Apply(applicant, Materials)).GetProperty("caseNumber").GetString()!;
        var cases = $"/api/v1/licensing/cases/{number}";
        var accepted = await Json(await officer.PostAsync($"{cases}/acceptance", null));
        Assert.Equal("JointReview", Status(accepted));
        Assert.Equal([s.Department, land, ecology], accepted.GetProperty("subCases").EnumerateArray().Select(c => c.GetProperty("departmentId").GetString()));
        await Refused(await leadChief.PostAsJsonAsync($"{cases}/decision", new { grant = true, reason = "同意" }), "LIC-CASE-MODE");

        // Each department sees the case and decides its own part; the land department is stuck past the whole's limit.
        using (var landOfficer = s.In(land, Roles.WindowOfficer))
        {
            await Json(await landOfficer.GetAsync(cases));
            var desk = await Json(await landOfficer.GetAsync("/api/v1/licensing/desks/sub-cases?take=100"));
            Assert.Contains(desk.GetProperty("items").EnumerateArray(), c => c.GetProperty("caseNumber").GetString() == number);
        }
        foreach (var department in new[] { s.Department, ecology })
        {
            using var chief = s.In(department, Roles.ChiefRepresentative);
            Assert.Equal("JointReview", Status(await Json(await chief.PostAsJsonAsync($"{cases}/sub-cases/{department}/decision", new { grant = true, reason = "符合条件" }))));
        }

        await Refused(await admin.PostAsJsonAsync($"{cases}/sub-cases/{land}/coordination", new { text = "纪要" }), "LIC-JOINT-COORDINATION");
        var landDue = accepted.GetProperty("subCases")[1].GetProperty("due").GetDateTimeOffset();
        platform.Clock.Advance(landDue - platform.Clock.GetUtcNow() + TimeSpan.FromMinutes(1));
        var coordinated = await Json(await admin.PostAsJsonAsync($"{cases}/sub-cases/{land}/coordination", new { text = "协调会议定：自然资源局当日出具意见" }));
        var landPart = coordinated.GetProperty("subCases")[1];
        Assert.True(landPart.GetProperty("escalated").GetBoolean());
        Assert.Equal("协调会议定：自然资源局当日出具意见", landPart.GetProperty("minutes").GetString());

        using (var landChief = s.In(land, Roles.ChiefRepresentative))
            Assert.Equal("Approved", Status(await Json(await landChief.PostAsJsonAsync($"{cases}/sub-cases/{land}/decision", new { grant = true, reason = "同意" }))));
        using (var landOfficer = s.In(land, Roles.WindowOfficer)) await Refused(await landOfficer.PostAsync($"{cases}/certificate", null), "LIC-CASE-DEPARTMENT");
        var certified = await Json(await officer.PostAsync($"{cases}/certificate", null));

        Assert.Equal("Certified", Status(certified));
        Assert.True(certified.GetProperty("clocks").GetProperty("overdue").GetBoolean());
        Assert.Equal(
            ["received", "accepted", "sub-cases-opened", "sub-case-approved", "sub-case-approved", "sub-case-escalated", "coordinated", "sub-case-approved", "approved", "certified"],
            certified.GetProperty("steps").EnumerateArray().Select(st => st.GetProperty("kind").GetString()));
    }

    [Fact]
    public async Task A_composite_window_receives_for_a_small_department_forwards_it_and_delivers_the_certificate_back()
    {
        var s = new LicensingScenario(platform);
        var window = NewDepartment();
        await s.Publish(LicensingMode.CompositeWindow, 10, true, window);
        using var windowOfficer = s.In(window, Roles.WindowOfficer);
        using var officer = s.Officer;
        using var reviewer = s.Reviewer;
        using var chief = s.Chief;
        using var applicant = s.Applicant;
        await Refused(await s.ApplyFor(applicant, "Other", null, null), "LIC-CASE-WINDOW");

        var number = (await s.Apply(windowOfficer, Materials)).GetProperty("caseNumber").GetString()!;
        var cases = $"/api/v1/licensing/cases/{number}";
        await Refused(await officer.PostAsync($"{cases}/acceptance", null), "LIC-CASE-DEPARTMENT");
        var forwarded = await Json(await windowOfficer.PostAsync($"{cases}/acceptance", null));
        Assert.Equal("Forwarded", Status(forwarded));
        Assert.Equal(window, forwarded.GetProperty("windowId").GetString());
        Assert.Equal("Reviewed", Status(await Json(await reviewer.PostAsJsonAsync($"{cases}/review", new { text = "符合条件" }))));
        Assert.Equal("Approved", Status(await Json(await chief.PostAsJsonAsync($"{cases}/decision", new { grant = true, reason = "符合法定条件" }))));
        await Refused(await officer.PostAsync($"{cases}/certificate", null), "LIC-CASE-DEPARTMENT");
        var certified = await Json(await windowOfficer.PostAsync($"{cases}/certificate", null));

        Assert.Equal("Certified", Status(certified));
        Assert.Equal(["received", "accepted", "forwarded", "reviewed", "approved", "certified"],
            certified.GetProperty("steps").EnumerateArray().Select(st => st.GetProperty("kind").GetString()));
    }
}
