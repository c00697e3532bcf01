using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;
using TenderHall.Api.Tests.Licensing;
using TenderHall.Api.Tests.Platform;
using TenderHall.Crypto.Evidence;
using TenderHall.Crypto.Signing;
using TenderHall.Grains.Contracts.Accounts;
using TenderHall.Grains.Contracts.Licensing;
using TenderHall.Grains.Contracts.Supervision;
using TenderHall.Grains.Contracts.Transparency;
using static TenderHall.Api.Tests.Licensing.LicensingScenario;

namespace TenderHall.Api.Tests.Gate;

[Collection(PlatformCollection.Name)]
public sealed class GateApiTests(PlatformFactory platform)
{
    private static string NewProject() => $"2026-460000-48-02-{Random.Shared.Next(100000, 999999)}";

    private HttpClient Department => platform.ClientAs(Roles.WindowOfficer, "dept-gate-check", "gate-checker");

    [Fact]
    public async Task A_real_certificate_from_the_award_flow_passes_the_check_for_its_own_project()
    {
        var (project, tender, certificate) = await CertifiedTender.Get(platform);
        using var client = Department;

        var verdict = await Check(client, project, JsonDocument.Parse(certificate).RootElement);

        Assert.True(verdict.GetProperty("passed").GetBoolean(), verdict.ToString());
        Assert.Equal(tender, verdict.GetProperty("tenderId").GetString());
        Assert.Equal(TradeCertificate.Sha256Of(SignedTradeCertificate.Parse(certificate).Statement), verdict.GetProperty("statementSha256").GetString());
        Assert.StartsWith("VERIFIED", verdict.GetProperty("detail").GetString(), StringComparison.Ordinal);
        Assert.Equal(JsonValueKind.Null, verdict.GetProperty("refusalLogIndex").ValueKind);
    }

    [Fact]
    public async Task The_check_refuses_a_project_without_certificate_and_logs_and_alarms_the_attempt()
    {
        var project = NewProject();
        using var client = Department;

        var verdict = await Check(client, project, null);

        await AssertRefusedAndRecorded(verdict, project, "GATE-NO-CERTIFICATE");
    }

    [Fact]
    public async Task The_check_refuses_an_altered_certificate()
    {
        var (project, _, certificate) = await CertifiedTender.Get(platform);
        var genuine = SignedTradeCertificate.Parse(certificate);
        var altered = genuine with { Statement = genuine.Statement.Replace("winner-name ", "winner-name 另一家", StringComparison.Ordinal) };
        using var client = Department;

        var verdict = await Check(client, project, altered.ToJson());

        await AssertRefusedAndRecorded(verdict, project, "GATE-CERTIFICATE-INVALID");
        Assert.Contains("forged or altered", verdict.GetProperty("detail").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_check_refuses_a_certificate_forged_with_another_key()
    {
        var (project, _, certificate) = await CertifiedTender.Get(platform);
        var genuine = SignedTradeCertificate.Parse(certificate);
        using var forger = SignatureKey.Generate(SignatureAlgorithm.EcdsaP256Sha256);
        var forged = genuine with { Signature = SignedTradeCertificate.Sign(genuine.Statement, forger) };
        using var client = Department;

        var verdict = await Check(client, project, forged.ToJson());

        await AssertRefusedAndRecorded(verdict, project, "GATE-CERTIFICATE-INVALID");
    }

    [Fact]
    public async Task The_check_refuses_the_certificate_of_another_project()
    {
        var (certified, _, certificate) = await CertifiedTender.Get(platform);
        var project = NewProject();
        using var client = Department;

        var verdict = await Check(client, project, certificate);

        await AssertRefusedAndRecorded(verdict, project, "GATE-CERTIFICATE-PROJECT");
        Assert.Equal(certified, verdict.GetProperty("certifiedProjectCode").GetString());
        Assert.Contains(certified, verdict.GetProperty("reasonZh").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_exemption_the_provincial_government_approved_passes_the_check_and_is_listed_and_logged()
    {
        var project = NewProject();
        using var province = platform.ClientAs(Roles.ProvincialGovernment, "org-province", "province-official");
        using var centre = platform.ClientAs(Roles.CentreAdmin);
        using var anonymous = platform.ClientAs(null);
        var body = new { projectCode = project, approvalDocument = "琼府函〔2026〕88号", reason = "抢险救灾应急工程" };
        await Refused(await centre.PostAsJsonAsync("/api/v1/gate/exemptions", body), "AUTH-FORBIDDEN");

        var exemption = await Json(await province.PostAsJsonAsync("/api/v1/gate/exemptions", body));
        Assert.Equal(exemption.GetProperty("logIndex").GetInt64(), (await Json(await province.PostAsJsonAsync("/api/v1/gate/exemptions", body))).GetProperty("logIndex").GetInt64());
        await Refused(await province.PostAsJsonAsync("/api/v1/gate/exemptions", body with { approvalDocument = "琼府函〔2026〕89号" }), "GATE-EXEMPTION-EXISTS");

        using var client = Department;
        var verdict = await Check(client, project, null);
        Assert.True(verdict.GetProperty("passed").GetBoolean(), verdict.ToString());
        Assert.Equal("琼府函〔2026〕88号", verdict.GetProperty("exemptionDocument").GetString());
        Assert.Equal(project, (await Json(await anonymous.GetAsync($"/api/v1/gate/exemptions/{project}"))).GetProperty("projectCode").GetString());
        var listed = await Json(await anonymous.GetAsync("/api/v1/gate/exemptions?take=100"));
        Assert.Contains(listed.GetProperty("items").EnumerateArray(), e => e.GetProperty("projectCode").GetString() == project);
        var leaf = await Leaf(exemption.GetProperty("logIndex").GetInt64());
        Assert.Equal("gate.exempted", leaf.GetProperty("type").GetString());
        Assert.DoesNotContain("province-official", leaf.GetRawText(), StringComparison.Ordinal);
        await Refused(await anonymous.GetAsync($"/api/v1/gate/exemptions/{NewProject()}"), "GATE-EXEMPTION-NONE");

        // A gated licensing item takes the exempted project's application without a certificate and names the approval on the receipt.
        var s = new LicensingScenario(platform);
        await s.Publish(LicensingMode.Committed, 10);
        using var applicant = s.Applicant;
        var created = await Json(await s.ApplyFor(applicant, "GovernmentProcurement", project, null));
        Assert.Equal("琼府函〔2026〕88号", created.GetProperty("gate").GetProperty("exemptionDocument").GetString());
        Assert.Contains(created.GetProperty("steps")[0].GetProperty("lines").EnumerateArray(), l => l.GetString()!.Contains("琼府函〔2026〕88号", StringComparison.Ordinal));
    }

    [Fact]
    public async Task A_malformed_check_is_refused_before_anything_is_logged_or_alarmed()
    {
        using var client = Department;
        var project = NewProject();
        await Refused(await client.PostAsJsonAsync("/api/v1/gate/check", new { certificate = "{}" }), "REQ-FIELD");
        await Refused(await client.PostAsJsonAsync("/api/v1/gate/check", new { projectCode = project, certificate = 42 }), "REQ-FIELD");
        await Refused(await client.PostAsJsonAsync("/api/v1/gate/check", new { projectCode = project, certificate = new string('x', 70_000) }), "REQ-FIELD");
        var alarms = await platform.Services.GetRequiredService<IGrainFactory>().GetGrain<ISupervisionAlarmsGrain>(SupervisionAlarms.DayKey(platform.Clock.GetUtcNow())).List();
        Assert.DoesNotContain(alarms, a => a.Subject == "project/" + project);
    }

    [Fact]
    public async Task A_gated_licensing_item_refuses_a_government_project_without_certificate_and_accepts_it_with_its_real_certificate()
    {
        var (project, tender, certificate) = await CertifiedTender.Get(platform);
        var s = new LicensingScenario(platform);
        await s.Publish(LicensingMode.Committed, 10);
        using var applicant = s.Applicant;

        await Refused(await s.ApplyFor(applicant, "GovernmentInvestment", project, null), "GATE-NO-CERTIFICATE");
        var other = NewProject();
        await Refused(await s.ApplyFor(applicant, "GovernmentInvestment", other, certificate), "GATE-CERTIFICATE-PROJECT");
        var alarms = await platform.Services.GetRequiredService<IGrainFactory>().GetGrain<ISupervisionAlarmsGrain>(SupervisionAlarms.DayKey(platform.Clock.GetUtcNow())).List();
        Assert.Contains(alarms, a => a.Code == "GATE-REFUSED" && a.Subject == "project/" + other && a.Message.Contains("licensing-application, item " + s.ItemCode, StringComparison.Ordinal));
        // The tender's project is registered as state-funded: declaring it "Other" does not get it past the gate.
        var problem = await Refused(await s.ApplyFor(applicant, "Other", project, null), "GATE-NO-CERTIFICATE");
        Assert.Contains(project, problem.GetProperty("detail").GetString(), StringComparison.Ordinal);
        await Refused(await s.ApplyFor(applicant, "GovernmentInvestment", null, certificate), "REQ-FIELD");

        var created = await Json(await s.ApplyFor(applicant, "GovernmentInvestment", project, certificate));
        var gate = created.GetProperty("gate");
        Assert.True(gate.GetProperty("passed").GetBoolean());
        Assert.Equal(tender, gate.GetProperty("tenderId").GetString());
        Assert.Contains(created.GetProperty("steps")[0].GetProperty("lines").EnumerateArray(), l => l.GetString()!.Contains(tender, StringComparison.Ordinal));
        Assert.Equal(JsonValueKind.Null, created.GetProperty("application").GetProperty("tradeCertificate").ValueKind);
    }

    [Fact]
    public async Task A_gated_item_needs_no_certificate_for_a_project_that_is_not_a_government_project()
    {
        var s = new LicensingScenario(platform);
        await s.Publish(LicensingMode.Committed, 10);
        using var applicant = s.Applicant;

        await Refused(await s.ApplyFor(applicant, null!, NewProject(), null), "REQ-FIELD");
        var created = await Json(await s.ApplyFor(applicant, "Other", NewProject(), null));

        Assert.Equal(JsonValueKind.Null, created.GetProperty("gate").ValueKind);
    }

    [Fact]
    public async Task A_caller_whose_refused_checks_run_out_is_paused_with_retry_after_and_supervision_is_told_while_others_go_on()
    {
        var (certified, _, certificate) = await CertifiedTender.Get(platform);
        var caller = "gate-flooder-" + Guid.NewGuid().ToString("N")[..8];
        using var client = platform.ClientAs(Roles.WindowOfficer, "dept-gate-flood", caller);
        for (var i = 0; i < 19; i++)
            Assert.False((await Check(client, NewProject(), null)).GetProperty("passed").GetBoolean());
        // A check that passes gives its refusal count back, so the twentieth refusal is still taken.
        Assert.True((await Check(client, certified, JsonDocument.Parse(certificate).RootElement)).GetProperty("passed").GetBoolean());
        Assert.False((await Check(client, NewProject(), null)).GetProperty("passed").GetBoolean());

        var paused = NewProject();
        using var refused = await client.PostAsJsonAsync("/api/v1/gate/check", new { projectCode = paused, certificate = (object?)null });
        var problem = await ProblemAssert.IsRule(refused, System.Net.HttpStatusCode.TooManyRequests, "GATE-RATE");
        Assert.InRange(refused.Headers.RetryAfter!.Delta!.Value, TimeSpan.FromSeconds(1), TimeSpan.FromHours(1));
        Assert.Equal(refused.Headers.RetryAfter.Delta.Value.TotalSeconds.ToString(System.Globalization.CultureInfo.InvariantCulture), problem.GetProperty("values").GetProperty("seconds").GetString());
        await ProblemAssert.IsRule(await client.PostAsJsonAsync("/api/v1/gate/check", new { projectCode = certified, certificate = JsonDocument.Parse(certificate).RootElement }), System.Net.HttpStatusCode.TooManyRequests, "GATE-RATE");

        var alarms = await platform.Services.GetRequiredService<IGrainFactory>().GetGrain<ISupervisionAlarmsGrain>(SupervisionAlarms.DayKey(platform.Clock.GetUtcNow())).List();
        Assert.Single(alarms, a => a.Code == "GATE-RATE" && a.Subject == caller);
        Assert.DoesNotContain(alarms, a => a.Subject == "project/" + paused);
        using var other = platform.ClientAs(Roles.WindowOfficer, "dept-gate-flood", caller + "-colleague");
        Assert.True((await Check(other, certified, JsonDocument.Parse(certificate).RootElement)).GetProperty("passed").GetBoolean());
    }

    private static async Task<JsonElement> Check(HttpClient client, string project, object? certificate) =>
        await Json(await client.PostAsJsonAsync("/api/v1/gate/check", new { projectCode = project, certificate }));

    private async Task AssertRefusedAndRecorded(JsonElement verdict, string project, string rule)
    {
        Assert.False(verdict.GetProperty("passed").GetBoolean());
        Assert.Equal(rule, verdict.GetProperty("rule").GetString());
        Assert.False(string.IsNullOrWhiteSpace(verdict.GetProperty("reasonZh").GetString()));
        var index = verdict.GetProperty("refusalLogIndex").GetInt64();
        var leaf = await Leaf(index);
        Assert.Equal("gate.refused", leaf.GetProperty("type").GetString());
        Assert.Equal("project/" + project, leaf.GetProperty("subject").GetString());
        Assert.Equal(rule, leaf.GetProperty("data").GetProperty("rule").GetString());
        Assert.DoesNotContain("gate-checker", leaf.GetRawText(), StringComparison.Ordinal);
        var grains = platform.Services.GetRequiredService<IGrainFactory>();
        var alarms = await grains.GetGrain<ISupervisionAlarmsGrain>(SupervisionAlarms.DayKey(verdict.GetProperty("checkedAt").GetDateTimeOffset())).List();
        Assert.Contains(alarms, a => a.Code == "GATE-REFUSED" && a.Subject == "project/" + project && a.Message.Contains(rule, StringComparison.Ordinal));
    }

    private async Task<JsonElement> Leaf(long index)
    {
        var leaf = (await platform.Services.GetRequiredService<ILogStore>().ReadRangeAsync(index, index + 1, CancellationToken.None)).Single();
        return JsonDocument.Parse(Encoding.UTF8.GetString(leaf.Data)).RootElement.Clone();
    }
}
