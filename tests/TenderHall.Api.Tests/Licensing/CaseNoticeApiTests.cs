using System.Net.Http.Json;
using TenderHall.Api.Tests.Fees;
using TenderHall.Api.Tests.Platform;
using TenderHall.Grains.Contracts.Accounts;
using TenderHall.Grains.Contracts.Fees;
using TenderHall.Grains.Contracts.Licensing;
using static TenderHall.Api.Tests.Licensing.LicensingScenario;

namespace TenderHall.Api.Tests.Licensing;

/// <summary>Applicants follow their case by number and are notified at each step (issue 14), whatever the mode, fees included.</summary>
[Collection(PlatformCollection.Name)]
public sealed class CaseNoticeApiTests(PlatformFactory platform)
{
    private const string FeeName = "证照工本费";

    private static string[] Of(params string[] kinds) => [.. kinds.Select(k => "licensing." + k)];

    // A scenario whose item publishes one fee of CNY 10.
    private LicensingScenario WithFee()
    {
        var s = new LicensingScenario(platform);
        s.Fees.Add(new FeeItem { Name = FeeName, AmountYuan = 10m, LegalBasis = "财政部 国家发展改革委 行政事业性收费项目目录" });
        return s;
    }

    private static async Task<List<string>> Notices(LicensingScenario s, string number)
    {
        using var applicant = s.Applicant;
        return Inboxes.Types(await Inboxes.About(applicant, $"licensing/{number}"));
    }

    [Fact]
    public async Task A_committed_applicant_hears_of_every_step_from_the_one_time_notice_and_the_fee_to_the_certificate_in_order()
    {
        var s = WithFee();
        await s.Publish(LicensingMode.Committed, 10);
        using var applicant = s.Applicant;
        using var officer = s.Officer;
        using var reviewer = s.Reviewer;
        using var chief = s.Chief;
        var number = (await s.Apply(applicant, "申请表")).GetProperty("caseNumber").GetString()!;
        var cases = $"/api/v1/licensing/cases/{number}";

        await Ok(await officer.PostAsJsonAsync($"{cases}/notice", new { missing = new[] { "施工合同" } }));
        var contract = await s.Upload(applicant, "contract" + number);
        await Ok(await applicant.PostAsJsonAsync($"{cases}/materials", new { materials = new[] { new { name = "施工合同", sha256 = contract } } }));
        await Ok(await officer.PostAsync($"{cases}/acceptance", null));
        var callback = await Pay(s, officer, number);
        await Ok(await reviewer.PostAsJsonAsync($"{cases}/clock-stop", new { text = "组织专家评审" }));
        await Ok(await reviewer.PostAsync($"{cases}/clock-restart", null));
        await Ok(await chief.PostAsJsonAsync($"{cases}/extension", new { text = "需现场核查" }));
        await Ok(await reviewer.PostAsJsonAsync($"{cases}/review", new { text = "符合条件" }));
        await Ok(await chief.PostAsJsonAsync($"{cases}/decision", new { grant = true, reason = "符合法定条件" }));
        await Ok(await officer.PostAsync($"{cases}/certificate", null));
        // The bank's callback again (a retry) tells the applicant nothing twice.
        await Resend(callback);

        Assert.Equal(Of("received", "notice", "supplemented", "accepted", "fee-due", "fee-paid", "clock-stopped", "clock-restarted", "extended", "reviewed",
            "approved", "certified"), await Notices(s, number));
        var paid = (await Inboxes.About(applicant, $"licensing/{number}")).Single(n => n.GetProperty("type").GetString() == "licensing.fee-paid");
        Assert.Contains("10.00 元", paid.GetProperty("textZh").GetString(), StringComparison.Ordinal);
        Assert.Contains("CNY 10.00", paid.GetProperty("textEn").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_notice_that_could_not_be_delivered_after_its_step_was_stored_arrives_once_with_the_next_call()
    {
        var s = new LicensingScenario(platform);
        await s.Publish(LicensingMode.Committed, 10);
        string number;
        using (var applicant = s.Applicant) number = (await s.Apply(applicant, Materials)).GetProperty("caseNumber").GetString()!;
        using var officer = s.Officer;
        var cases = $"/api/v1/licensing/cases/{number}";

        // The acceptance is stored with its notice; telling the applicant's inbox fails. Before the case kept an outbox,
        // the retry was refused as a repeat and the applicant never heard that the case was accepted.
        platform.Faults.FailCall("th-inbox", s.ApplicantOrg);
        await ProblemAssert.IsRetryLater(await officer.PostAsync($"{cases}/acceptance", null));
        await Refused(await officer.PostAsync($"{cases}/acceptance", null), "LIC-CASE-STATE");
        await Refused(await officer.PostAsync($"{cases}/acceptance", null), "LIC-CASE-STATE");
        Assert.Equal(Of("received", "accepted"), await Notices(s, number));
    }

    [Fact]
    public async Task A_joint_applicant_hears_each_departments_result_and_the_decision_delivered_by_the_first_window()
    {
        var s = new LicensingScenario(platform);
        var land = "dept-" + Guid.NewGuid().ToString("N")[..10];
        await s.Publish(LicensingMode.Joint, 30, true, land);
        using var applicant = s.Applicant;
        using var officer = s.Officer;
        var number = (await s.Apply(applicant, Materials)).GetProperty("caseNumber").GetString()!;
        var cases = $"/api/v1/licensing/cases/{number}";
        await Ok(await officer.PostAsync($"{cases}/acceptance", null));
        using (var landChief = s.In(land, Roles.ChiefRepresentative))
            await Ok(await landChief.PostAsJsonAsync($"{cases}/sub-cases/{land}/decision", new { grant = false, reason = "用地手续不全" }));
        using (var chief = s.Chief)
            await Ok(await chief.PostAsJsonAsync($"{cases}/sub-cases/{s.Department}/decision", new { grant = true, reason = "符合条件" }));

        Assert.Equal(Of("received", "accepted", "sub-cases-opened", "sub-case-denied", "sub-case-approved", "denied"), await Notices(s, number));
    }

    [Fact]
    public async Task A_composite_window_applicant_hears_of_the_forwarding_and_of_the_certificate_delivered_back_through_the_window()
    {
        var s = new LicensingScenario(platform);
        var window = "dept-" + Guid.NewGuid().ToString("N")[..10];
        await s.Publish(LicensingMode.CompositeWindow, 10, true, window);
        using var applicant = s.Applicant;
        using var windowOfficer = s.In(window, Roles.WindowOfficer);
        using var reviewer = s.Reviewer;
        using var chief = s.Chief;
        var materials = new List<object>();
        foreach (var name in Materials) materials.Add(new { name, sha256 = await s.Upload(applicant, name + Guid.NewGuid()) });
        var number = (await Json(await applicant.PostAsJsonAsync("/api/v1/licensing/cases", new
        {
            itemCode = s.ItemCode, applicantName = "张三", subject = "某办公楼工程", materials, projectKind = "Other", windowId = window,
        }))).GetProperty("caseNumber").GetString()!;
        var cases = $"/api/v1/licensing/cases/{number}";
        await Ok(await windowOfficer.PostAsync($"{cases}/acceptance", null));
        await Ok(await reviewer.PostAsJsonAsync($"{cases}/review", new { text = "符合条件" }));
        await Ok(await chief.PostAsJsonAsync($"{cases}/decision", new { grant = true, reason = "符合法定条件" }));
        await Ok(await windowOfficer.PostAsync($"{cases}/certificate", null));

        Assert.Equal(Of("received", "accepted", "forwarded", "reviewed", "approved", "certified"), await Notices(s, number));
    }

    [Fact]
    public async Task An_applicant_whose_case_is_not_accepted_hears_of_the_refusal_and_of_the_fee_refunded()
    {
        var s = WithFee();
        await s.Publish(LicensingMode.Immediate, 0);
        using var applicant = s.Applicant;
        using var officer = s.Officer;
        using var admin = platform.ClientAs(Roles.CentreAdmin);
        var number = (await s.Apply(applicant, Materials)).GetProperty("caseNumber").GetString()!;
        var order = (await Pay(s, officer, number)).OrderId;
        await Ok(await officer.PostAsJsonAsync($"/api/v1/licensing/cases/{number}/refusal", new { text = "不属于本部门职权范围，请向市场监管部门申请" }));
        var refund = $"/api/v1/fees/orders/{Uri.EscapeDataString(order)}/refund";
        await Ok(await admin.PostAsJsonAsync(refund, new { reason = "LicensingNotGranted" }));
        await Ok(await admin.PostAsJsonAsync(refund, new { reason = "LicensingNotGranted" }));

        Assert.Equal(Of("received", "fee-due", "fee-paid", "not-accepted", "fee-refunded"), await Notices(s, number));
    }

    // The window opens the fee order for the applicant at the published standard and the designated bank confirms the payment.
    private async Task<BankCallback> Pay(LicensingScenario s, HttpClient officer, string number)
    {
        var id = (await Json(await officer.PostAsJsonAsync("/api/v1/fees/orders", new
        {
            purpose = "LicensingFee", subjectId = number, amountFen = 1_000, payerId = s.ApplicantOrg, licensingItemCode = s.ItemCode, feeName = FeeName,
        }))).GetProperty("id").GetString()!;
        using var bank = new SimulatedBank(platform.DataDirectory);
        var callback = bank.Paid(id, 1_000, platform.Clock.GetUtcNow().AddMinutes(-5), "TX-" + number);
        await Resend(callback);
        return callback;
    }

    private async Task Resend(BankCallback callback)
    {
        using var anonymous = platform.ClientAs(null);
        await Json(await SimulatedBank.Send(anonymous, callback));
    }
}
