using System.Net;
using System.Text.Json;
using TenderHall.Api.Tests.Platform;
using TenderHall.Grains.Contracts.Licensing;
using static TenderHall.Api.Tests.Licensing.LicensingScenario;

namespace TenderHall.Api.Tests.Licensing;

[Collection(PlatformCollection.Name)]
public sealed class ItemDirectoryApiTests(PlatformFactory platform)
{
    [Fact]
    public async Task An_item_enters_the_directory_by_the_department_the_centre_and_the_province_each_in_its_own_role()
    {
        var s = new LicensingScenario(platform);
        await s.Publish(LicensingMode.Committed, 10, delegate_: false);
        var code = "LIC-" + Guid.NewGuid().ToString("N")[..10];
        var flow = new DirectoryFlow(platform, code);
        var item = s.Item(LicensingMode.Immediate, 0);
        item.Code = code;
        using var head = flow.Head(s.Department);
        using var centre = flow.Centre;
        using var province = flow.Province;
        using var anyone = platform.ClientAs(null);

        var proposed = await Json(await flow.Propose(head, "Add", item, flow.Today, "新增即办事项"));
        Assert.Equal("Proposed", proposed.GetProperty("status").GetString());
        Assert.Equal(HttpStatusCode.NotFound, (await anyone.GetAsync(flow.Path())).StatusCode);
        Assert.Contains(code, (await Json(await centre.GetAsync("/api/v1/licensing/directory/proposals?take=200"))).GetRawText(), StringComparison.Ordinal);

        // Each step is its role's: the province does not review, the centre does not approve, the department does neither.
        await Refused(await flow.Review(province), "LIC-DIR-ROLE");
        await Refused(await flow.Review(head), "LIC-DIR-ROLE");
        await Refused(await flow.Decide(province), "LIC-DIR-STATE"); // not reviewed yet
        Assert.Equal("Reviewed", (await Json(await flow.Review(centre))).GetProperty("status").GetString());
        await Refused(await flow.Decide(centre), "LIC-DIR-ROLE");
        var approved = await Json(await flow.Decide(province));
        Assert.Equal("Approved", approved.GetProperty("status").GetString());
        Assert.Equal("琼府函〔2025〕12号", approved.GetProperty("approvalDocument").GetString());
        Assert.Equal(["head-" + s.Department, "centre-admin", "province-official"],
            new[] { "proposed", "review", "decision" }.Select(p => approved.GetProperty(p).GetProperty("by").GetString()));

        var published = await Json(await anyone.GetAsync(flow.Path()));
        Assert.Equal(1, published.GetProperty("version").GetInt32());
        Assert.Equal(flow.Today.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture), published.GetProperty("effectiveFrom").GetString());
        Assert.DoesNotContain(code, (await Json(await centre.GetAsync("/api/v1/licensing/directory/proposals?take=200"))).GetRawText(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_change_takes_effect_on_its_day_the_old_version_stays_readable_and_a_case_keeps_the_version_it_was_applied_under()
    {
        var s = new LicensingScenario(platform);
        await s.Publish(LicensingMode.Committed, 10);
        using var applicant = s.Applicant;
        var number = (await s.Apply(applicant)).GetProperty("caseNumber").GetString()!;
        var flow = new DirectoryFlow(platform, s.ItemCode);
        var tomorrow = flow.Today.AddDays(1);
        await flow.Approve(s.Department, "Change", s.Item(LicensingMode.Committed, 15), tomorrow);
        using var anyone = platform.ClientAs(null);

        // Approved, not yet in force: the public item is still version 1 until its day comes.
        Assert.Equal(10, (await Json(await anyone.GetAsync(flow.Path()))).GetProperty("promisedWorkingDays").GetInt32());
        var versions = await Json(await anyone.GetAsync(flow.Path("/versions")));
        Assert.Equal(1, versions.GetProperty("inForce").GetInt32());
        Assert.Equal(2, versions.GetProperty("versions").GetArrayLength());

        platform.Clock.Advance(Grains.Contracts.Time.BeijingTime.StartOf(tomorrow) - platform.Clock.GetUtcNow() + TimeSpan.FromHours(9));
        var current = await Json(await anyone.GetAsync(flow.Path()));
        Assert.Equal((2, 15), (current.GetProperty("version").GetInt32(), current.GetProperty("promisedWorkingDays").GetInt32()));
        var first = await Json(await anyone.GetAsync(flow.Path("/versions/1")));
        Assert.Equal(10, first.GetProperty("item").GetProperty("promisedWorkingDays").GetInt32());
        Assert.Equal(HttpStatusCode.NotFound, (await anyone.GetAsync(flow.Path("/versions/3"))).StatusCode);

        var kept = await Json(await applicant.GetAsync($"/api/v1/licensing/cases/{number}"));
        Assert.Equal((1, 10), (kept.GetProperty("item").GetProperty("version").GetInt32(), kept.GetProperty("clocks").GetProperty("limitWorkingDays").GetInt32()));
        var later = (await s.Apply(applicant)).GetProperty("item");
        Assert.Equal(2, later.GetProperty("version").GetInt32());

        // Withdrawn from the next day: gone from the catalogue, every version still public.
        await flow.Approve(s.Department, "Withdraw", null, flow.Today.AddDays(1));
        platform.Clock.Advance(TimeSpan.FromDays(1));
        Assert.Equal(HttpStatusCode.NotFound, (await anyone.GetAsync(flow.Path())).StatusCode);
        var all = await Json(await anyone.GetAsync(flow.Path("/versions")));
        Assert.Equal(JsonValueKind.Null, all.GetProperty("inForce").ValueKind);
        Assert.Equal(["Add", "Change", "Withdraw"], all.GetProperty("versions").EnumerateArray().Select(v => v.GetProperty("change").GetString()));
    }

    [Fact]
    public async Task Proposals_against_the_rules_are_refused_by_rule_and_change_nothing()
    {
        var s = new LicensingScenario(platform);
        await s.Publish(LicensingMode.Committed, 10, delegate_: false);
        var flow = new DirectoryFlow(platform, s.ItemCode);
        using var head = flow.Head(s.Department);
        using var otherHead = flow.Head("dept-other-" + Guid.NewGuid().ToString("N")[..6]);
        using var centre = flow.Centre;

        await Refused(await flow.Propose(head, "Change", s.Item(LicensingMode.Committed, 21), flow.Today.AddDays(1)), "LIC-ITEM-PROMISE"); // ALL 42
        await Refused(await flow.Propose(head, "Change", s.Item(LicensingMode.Committed, 12), flow.Today.AddDays(-1)), "LIC-DIR-EFFECTIVE");
        await Refused(await flow.Propose(head, "Change", s.Item(LicensingMode.Committed, 12), flow.Today), "LIC-DIR-EFFECTIVE"); // version 1 is today's
        await Refused(await flow.Propose(head, "Add", s.Item(LicensingMode.Committed, 12), flow.Today.AddDays(1)), "LIC-DIR-STATE");
        await Refused(await flow.Propose(otherHead, "Withdraw", null, flow.Today.AddDays(1)), "LIC-DIR-DEPARTMENT");
        using var window = s.Officer;
        await Refused(await flow.Propose(window, "Withdraw", null, flow.Today.AddDays(1)), "AUTH-FORBIDDEN");
        await Refused(await flow.Review(centre), "LIC-DIR-STATE"); // the last proposal was approved: nothing to review
        Assert.Equal(1, (await Json(await centre.GetAsync(flow.Path("/proposal")))).GetProperty("sequence").GetInt32());

        await Ok(await flow.Propose(head, "Change", s.Item(LicensingMode.Committed, 12), flow.Today.AddDays(2)));
        await Refused(await flow.Propose(head, "Withdraw", null, flow.Today.AddDays(3)), "LIC-DIR-PENDING");
        // Returned by the centre, the department may propose again; the province cannot approve it backdated.
        Assert.Equal("Returned", (await Json(await flow.Review(centre, approve: false, opinion: "法律依据需更新"))).GetProperty("status").GetString());
        await Ok(await flow.Propose(head, "Change", s.Item(LicensingMode.Committed, 12), flow.Today.AddDays(2)));
        await Ok(await flow.Review(centre));
        using var province = flow.Province;
        await Refused(await flow.Decide(province, from: flow.Today.AddDays(-3)), "LIC-DIR-EFFECTIVE");
        Assert.Equal("Reviewed", (await Json(await centre.GetAsync(flow.Path("/proposal")))).GetProperty("status").GetString());
        Assert.Single((await Json(await centre.GetAsync(flow.Path("/versions")))).GetProperty("versions").EnumerateArray());
        // A department head sees its own department's proposals only.
        Assert.DoesNotContain(s.ItemCode, (await Json(await otherHead.GetAsync("/api/v1/licensing/directory/proposals?take=200"))).GetRawText(), StringComparison.Ordinal);
        Assert.Contains(s.ItemCode, (await Json(await head.GetAsync("/api/v1/licensing/directory/proposals?take=200"))).GetRawText(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_sample_form_is_downloaded_from_the_item_and_nothing_else_from_the_blob_store_is()
    {
        var s = new LicensingScenario(platform);
        await s.Publish(LicensingMode.Committed, 10, delegate_: false);
        var flow = new DirectoryFlow(platform, s.ItemCode);
        using var head = flow.Head(s.Department);
        var sample = await s.Upload(head, "申请表示范文本" + s.ItemCode);
        var secret = await s.Upload(head, "某投标文件" + s.ItemCode);
        var item = s.Item(LicensingMode.Committed, 10);
        item.SampleForms = [new SampleForm { Material = "申请表", Sha256 = sample, FileName = "申请表（示范文本）.txt" }];
        await flow.Approve(s.Department, "Change", item, flow.Today.AddDays(1));

        using var anyone = platform.ClientAs(null);
        using var download = await anyone.GetAsync(flow.Path($"/samples/{sample}"));
        Assert.Equal("申请表示范文本" + s.ItemCode, await download.Content.ReadAsStringAsync());
        Assert.Equal("申请表（示范文本）.txt", download.Content.Headers.ContentDisposition!.FileNameStar);
        Assert.Equal(HttpStatusCode.NotFound, (await anyone.GetAsync(flow.Path($"/samples/{secret}"))).StatusCode);

        var missing = s.Item(LicensingMode.Committed, 10);
        missing.SampleForms = [new SampleForm { Material = "申请表", Sha256 = new string('e', 64), FileName = "a.pdf" }];
        await Refused(await flow.Propose(head, "Change", missing, flow.Today.AddDays(2)), "REQ-FIELD");
        await Refused(await flow.Review(flow.Centre), "LIC-DIR-STATE");
    }
}
