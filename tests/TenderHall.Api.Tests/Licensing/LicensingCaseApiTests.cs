using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;
using TenderHall.Api.Tests.Platform;
using TenderHall.Grains.Contracts.Licensing;
using TenderHall.Grains.Contracts.Notifications;
using static TenderHall.Api.Tests.Licensing.LicensingScenario;

namespace TenderHall.Api.Tests.Licensing;

[Collection(PlatformCollection.Name)]
public sealed class LicensingCaseApiTests(PlatformFactory platform)
{
    private static string Status(JsonElement view) => view.GetProperty("status").GetString()!;

    [Fact]
    public async Task A_committed_case_runs_from_the_one_time_notice_through_a_clock_stop_and_extension_to_its_certificate()
    {
        var s = new LicensingScenario(platform);
        await s.Publish(LicensingMode.Committed, 10);
        using var applicant = s.Applicant;
        using var officer = s.Officer;
        using var reviewer = s.Reviewer;
        using var chief = s.Chief;

        var created = await s.Apply(applicant, "申请表");
        var number = created.GetProperty("caseNumber").GetString()!;
        var cases = $"/api/v1/licensing/cases/{number}";
        await Refused(await officer.PostAsync($"{cases}/acceptance", null), "LIC-CASE-INCOMPLETE");
        await Refused(await officer.PostAsJsonAsync($"{cases}/notice", new { missing = new[] { "身份证明" } }), "LIC-CASE-NOTICE-ALL");
        Assert.Equal("AwaitingMaterials", Status(await Json(await officer.PostAsJsonAsync($"{cases}/notice", new { missing = new[] { "施工合同" } }))));
        await Refused(await officer.PostAsJsonAsync($"{cases}/notice", new { missing = new[] { "施工合同" } }), "LIC-CASE-NOTICE-ONCE");

        var contract = await s.Upload(applicant, "contract" + number);
        Assert.Equal("Received", Status(await Json(await applicant.PostAsJsonAsync($"{cases}/materials", new { materials = new[] { new { name = "施工合同", sha256 = contract } } }))));
        Assert.Equal("Accepted", Status(await Json(await officer.PostAsync($"{cases}/acceptance", null))));
        var stoppedAt = platform.Clock.GetUtcNow();
        Assert.Equal("ClockStopped", Status(await Json(await reviewer.PostAsJsonAsync($"{cases}/clock-stop", new { text = "组织专家评审" }))));
        await Refused(await reviewer.PostAsJsonAsync($"{cases}/review", new { text = "同意" }), "LIC-CASE-STATE");
        platform.Clock.Advance(TimeSpan.FromDays(7));
        var restarted = await Json(await reviewer.PostAsync($"{cases}/clock-restart", null));
        // The working days after the stop's day up to the restart's day (make-up days included) are left out of the limit.
        var calendar = platform.Services.GetRequiredService<Grains.Deadlines.HolidayCalendar>();
        var stopDay = Grains.Contracts.Time.BeijingTime.DateOf(stoppedAt);
        var expected = Enumerable.Range(1, 7).Count(d => calendar.IsWorkingDay(stopDay.AddDays(d)));
        Assert.Equal(expected, restarted.GetProperty("clocks").GetProperty("stoppedWorkingDays").GetInt32());
        var extended = await Json(await chief.PostAsJsonAsync($"{cases}/extension", new { text = "需现场核查" }));
        Assert.Equal(20, extended.GetProperty("clocks").GetProperty("limitWorkingDays").GetInt32());
        await Refused(await chief.PostAsJsonAsync($"{cases}/extension", new { text = "再延" }), "LIC-EXTENSION");
        Assert.Equal("Reviewed", Status(await Json(await reviewer.PostAsJsonAsync($"{cases}/review", new { text = "符合条件" }))));
        Assert.Equal("Approved", Status(await Json(await chief.PostAsJsonAsync($"{cases}/decision", new { grant = true, reason = "符合法定条件" }))));
        var certified = await Json(await officer.PostAsync($"{cases}/certificate", null));
        Assert.Equal("Certified", Status(certified));
        Assert.Equal(
            ["received", "notice", "supplemented", "accepted", "clock-stopped", "clock-restarted", "extended", "reviewed", "approved", "certified"],
            certified.GetProperty("steps").EnumerateArray().Select(st => st.GetProperty("kind").GetString()));

        // Every step that issues a document is a platform-signed PDF; the applicant was told of each step.
        var pdf = await applicant.GetByteArrayAsync($"{cases}/documents/2");
        Assert.StartsWith("%PDF", System.Text.Encoding.ASCII.GetString(pdf, 0, 4), StringComparison.Ordinal);
        Assert.Contains("/ByteRange", System.Text.Encoding.Latin1.GetString(pdf), StringComparison.Ordinal);
        var inbox = await platform.Services.GetRequiredService<IGrainFactory>().GetGrain<IInboxGrain>(s.ApplicantOrg).Since(0, 100);
        Assert.Equal(10, inbox.Count(n => n.Subject == $"licensing/{number}"));
    }

    [Fact]
    public async Task The_public_progress_shows_steps_and_dates_but_no_personal_data()
    {
        var s = new LicensingScenario(platform);
        await s.Publish(LicensingMode.Committed, 5);
        using var applicant = s.Applicant;
        var number = (await s.Apply(applicant, Materials)).GetProperty("caseNumber").GetString()!;

        using var anonymous = platform.ClientAs(null);
        var text = await (await anonymous.GetAsync($"/api/v1/licensing/cases/{number}/progress")).Content.ReadAsStringAsync();
        Assert.Contains("received", text, StringComparison.Ordinal);
        Assert.DoesNotContain("张三", text, StringComparison.Ordinal);
        Assert.DoesNotContain("某办公楼工程", text, StringComparison.Ordinal);
        await Refused(await anonymous.GetAsync($"/api/v1/licensing/cases/{number}x/progress"), "LIC-CASE-NONE");
        using var stranger = platform.ClientAs(Grains.Contracts.Accounts.Roles.Bidder, "org-stranger", "stranger");
        await Refused(await stranger.GetAsync($"/api/v1/licensing/cases/{number}"), "LIC-CASE-NONE");
    }

    [Fact]
    public async Task An_immediate_case_received_at_the_window_is_decided_on_the_spot()
    {
        var s = new LicensingScenario(platform);
        await s.Publish(LicensingMode.Immediate, 0);
        using var officer = s.Officer;
        using var chief = s.Chief;
        var created = await s.Apply(officer, Materials);
        Assert.Equal("Window", created.GetProperty("application").GetProperty("channel").GetString());
        var cases = $"/api/v1/licensing/cases/{created.GetProperty("caseNumber").GetString()}";

        await Json(await officer.PostAsync($"{cases}/acceptance", null));
        await Refused(await officer.PostAsJsonAsync($"{cases}/clock-stop", new { text = "听证" }), "LIC-CASE-MODE");
        await Json(await officer.PostAsJsonAsync($"{cases}/review", new { text = "材料齐全" }));
        var decided = await Json(await chief.PostAsJsonAsync($"{cases}/decision", new { grant = true, reason = "当场办结" }));
        Assert.Equal("Approved", Status(decided));
        Assert.True(decided.GetProperty("clocks").GetProperty("onTheSpot").GetBoolean());
    }

    [Fact]
    public async Task Without_a_notice_within_5_working_days_the_reminder_accepts_the_application_from_receipt()
    {
        var s = new LicensingScenario(platform);
        await s.Publish(LicensingMode.Committed, 5);
        using var applicant = s.Applicant;
        var created = await s.Apply(applicant, "申请表");
        var number = created.GetProperty("caseNumber").GetString()!;
        var due = created.GetProperty("clocks").GetProperty("noticeDue").GetDateTimeOffset();

        platform.Clock.Advance(due - platform.Clock.GetUtcNow());
        var grains = platform.Services.GetRequiredService<IGrainFactory>();
        await grains.GetGrain<ILicensingCaseGrain>(number).AsReference<IRemindable>().ReceiveReminder("clock", default);

        var view = await Json(await applicant.GetAsync($"/api/v1/licensing/cases/{number}"));
        Assert.Equal("Accepted", Status(view));
        Assert.True(view.GetProperty("clocks").GetProperty("deemedAccepted").GetBoolean());
        Assert.Equal(created.GetProperty("clocks").GetProperty("receivedAt").GetDateTimeOffset(), view.GetProperty("clocks").GetProperty("acceptedAt").GetDateTimeOffset());
    }

    [Fact]
    public async Task A_chief_representative_without_a_delegation_is_refused_and_the_case_is_unchanged()
    {
        var s = new LicensingScenario(platform);
        await s.Publish(LicensingMode.Committed, 5, delegate_: false);
        using var applicant = s.Applicant;
        using var officer = s.Officer;
        using var chief = s.Chief;
        var cases = $"/api/v1/licensing/cases/{(await s.Apply(applicant, Materials)).GetProperty("caseNumber").GetString()}";
        await Json(await officer.PostAsync($"{cases}/acceptance", null));
        await Json(await officer.PostAsJsonAsync($"{cases}/review", new { text = "符合" }));

        var refused = await Refused(await chief.PostAsJsonAsync($"{cases}/decision", new { grant = true, reason = "准予" }), "LIC-DELEGATION");
        Assert.Contains("no delegation", refused.GetProperty("detail").GetString(), StringComparison.Ordinal);
        await Refused(await chief.PostAsJsonAsync($"{cases}/extension", new { text = "延期" }), "LIC-DELEGATION");
        Assert.Equal(HttpStatusCode.Forbidden, (await applicant.PostAsJsonAsync($"{cases}/decision", new { grant = true, reason = "x" })).StatusCode);
        var view = await Json(await officer.GetAsync(cases));
        Assert.Equal("Reviewed", Status(view));
        Assert.Equal(3, view.GetProperty("steps").GetArrayLength());
    }

    [Fact]
    public async Task Bad_input_is_refused_with_problem_details_and_writes_nothing()
    {
        var s = new LicensingScenario(platform);
        await s.Publish(LicensingMode.Committed, 5);
        using var applicant = s.Applicant;
        using var officer = s.Officer;
        await Refused(await applicant.PostAsJsonAsync("/api/v1/licensing/cases", new
        {
            itemCode = s.ItemCode, applicantName = "张三", subject = "x", materials = new[] { new { name = "申请表", sha256 = new string('c', 64) } },
        }), "REQ-FIELD");
        await Refused(await applicant.PostAsJsonAsync("/api/v1/licensing/cases", new { itemCode = "LIC-NONE", applicantName = "张三", subject = "x", materials = new[] { new { name = "a", sha256 = "b" } } }), "DIR-NOT-FOUND");
        var cases = $"/api/v1/licensing/cases/{(await s.Apply(applicant, "申请表")).GetProperty("caseNumber").GetString()}";
        await Refused(await officer.PostAsJsonAsync($"{cases}/notice", new { missing = Array.Empty<string>() }), "REQ-FIELD");
        await Refused(await officer.PostAsJsonAsync($"{cases}/refusal", new { text = "  " }), "REQ-FIELD");
        using var otherDepartment = platform.ClientAs(Grains.Contracts.Accounts.Roles.WindowOfficer, "dept-elsewhere", "officer-elsewhere");
        await Refused(await otherDepartment.PostAsync($"{cases}/acceptance", null), "LIC-CASE-DEPARTMENT");
        var view = await Json(await officer.GetAsync(cases));
        Assert.Equal("Received", Status(view));
        Assert.Single(view.GetProperty("steps").EnumerateArray());
    }
}
