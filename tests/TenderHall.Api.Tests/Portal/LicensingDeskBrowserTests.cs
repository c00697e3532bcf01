using System.Net.Http.Json;
using Microsoft.Playwright;
using TenderHall.Api.Tests.Licensing;
using TenderHall.Grains.Contracts.Licensing;
using TenderHall.Grains.Contracts.Time;

namespace TenderHall.Api.Tests.Portal;

/// <summary>The item guide, the online application, the officers' case desk and the directory desk in Chromium, against the real API.</summary>
public sealed class LicensingDeskBrowserTests(BrowserPlatform browser) : IClassFixture<BrowserPlatform>
{
    private static readonly byte[] SampleBytes = "施工许可申请表（示范文本）"u8.ToArray();

    [Fact]
    public async Task The_guide_shows_the_ten_publicities_the_sample_forms_the_version_in_force_and_the_older_versions_in_both_languages()
    {
        var s = new LicensingScenario(browser.Platform);
        s.Fees.Add(new FeeItem { Name = "工本费", AmountYuan = 10m, LegalBasis = "国家计委价费字〔1992〕" });
        await s.Publish(LicensingMode.Committed, 10, delegate_: false);
        var flow = new DirectoryFlow(browser.Platform, s.ItemCode);
        using var head = flow.Head(s.Department);
        var item = s.Item(LicensingMode.Committed, 8);
        item.SampleForms = [new SampleForm { Material = "申请表", Sha256 = await Upload(head, SampleBytes), FileName = "sample-form.txt" }];
        await flow.Approve(s.Department, "Change", item, flow.Today.AddDays(1));
        browser.Platform.Clock.Advance(BeijingTime.StartOf(flow.Today.AddDays(1)) - browser.Platform.Clock.GetUtcNow() + TimeSpan.FromHours(9));

        var page = await browser.Browser.NewPageAsync(new() { Locale = "zh-CN", BypassCSP = true });
        await page.GotoAsync(new Uri(browser.BaseAddress, $"/licensing/items/{s.ItemCode}").ToString());
        Assert.Contains("现行第 2 版", await page.InnerTextAsync("#version-note"));
        var publicities = await page.InnerTextAsync("#publicities");
        foreach (var expected in new[] { "建筑法 第七条", "已依法确定施工企业", "8 个工作日", "工本费", "¥10.00", "国家计委价费字〔1992〕", "办件进度查询" })
            Assert.Contains(expected, publicities, StringComparison.Ordinal);
        var download = await page.RunAndWaitForDownloadAsync(() => page.ClickAsync("#materials a"));
        Assert.Equal(SampleBytes, await File.ReadAllBytesAsync(await download.PathAsync()));
        Assert.Equal(2, await page.Locator("#versions tbody tr").CountAsync());
        await Accessibility.AssertNoSeriousViolations(page);
        await Screenshots.Keep(page, "licensing-guide");

        await page.ClickAsync("#versions tbody tr:first-child a");
        Assert.Contains("这是第 1 版", await page.InnerTextAsync("#version-note"));
        Assert.Contains("10 个工作日", await page.InnerTextAsync("#publicities"));
        Assert.Equal(0, await page.Locator("#apply").CountAsync());

        var english = await browser.Browser.NewPageAsync(new() { Locale = "en-US", BypassCSP = true });
        await english.GotoAsync(new Uri(browser.BaseAddress, $"/licensing/items/{s.ItemCode}").ToString());
        Assert.Contains("Version 2, in force since", await english.InnerTextAsync("#version-note"));
        Assert.Contains("Download the sample form", await english.InnerTextAsync("#publicities"));
        await Accessibility.AssertNoSeriousViolations(english);
        await Screenshots.Keep(english, "licensing-guide-en");
    }

    [Fact]
    public async Task An_applicant_applies_online_with_uploaded_materials_and_gets_the_case_number_and_the_signed_receipt_without_losing_the_form_to_an_expired_sign_in()
    {
        var s = new LicensingScenario(browser.Platform);
        await s.Publish(LicensingMode.Committed, 10, delegate_: false);
        using var applicant = s.Applicant;
        var tab = await PortalTab.Open(browser, applicant, $"/licensing/items/{s.ItemCode}/apply", "zh-CN", bypassCsp: true);
        var page = tab.Page;

        Assert.False(await tab.Click("#submit"));
        Assert.Equal(["#applicant", "#subject", "#material-0"], await page.Locator("#errors a").EvaluateAllAsync<string[]>("links => links.map(a => a.getAttribute('href'))"));

        // The sign-in ran out: the platform answers 401, the page asks to sign in again and keeps what was typed.
        await page.FillAsync("#applicant", "海南某建设集团有限公司");
        await page.FillAsync("#subject", "某办公楼工程");
        await page.SetInputFilesAsync("#material-0", new FilePayload { Name = "申请表.pdf", MimeType = "application/pdf", Buffer = "申请表"u8.ToArray() });
        await page.RouteAsync("**/api/v1/licensing/materials", route => route.FulfillAsync(new()
        {
            Status = 401, ContentType = "application/problem+json", Body = """{"rule":"AUTH-REQUIRED","detail":"登录已过期"}""",
        }));
        Assert.False(await tab.Click("#submit"));
        Assert.True(await page.IsVisibleAsync("#signin-needed"));
        await page.UnrouteAllAsync();
        await page.ReloadAsync();
        Assert.Equal("海南某建设集团有限公司", await page.InputValueAsync("#applicant"));

        // A government project without its trade certificate is refused at the gate, by rule.
        await page.SelectOptionAsync("#project-kind", "GovernmentInvestment");
        await page.FillAsync("#project-code", "2025-460000-48-01-" + Guid.NewGuid().ToString("N")[..6]);
        await page.SetInputFilesAsync("#material-0", new FilePayload { Name = "申请表.pdf", MimeType = "application/pdf", Buffer = "申请表"u8.ToArray() });
        Assert.False(await tab.Click("#submit"));
        Assert.Contains("GATE-", await tab.Errors(), StringComparison.Ordinal);

        await page.SelectOptionAsync("#project-kind", "Other");
        await page.FillAsync("#project-code", "");
        await page.SetInputFilesAsync("#material-0", new FilePayload { Name = "申请表.pdf", MimeType = "application/pdf", Buffer = "申请表"u8.ToArray() });
        await page.SetInputFilesAsync("#material-1", new FilePayload { Name = "施工合同.pdf", MimeType = "application/pdf", Buffer = new byte[300_000] });
        Assert.True(await tab.Click("#submit"), await tab.Errors());
        var number = await tab.Text("#case-number");
        Assert.Equal("1", await page.GetAttributeAsync("#material-1-progress", "value"));
        var receipt = await page.RunAndWaitForDownloadAsync(() => page.ClickAsync("#receipt"));
        Assert.Equal("%PDF"u8.ToArray(), (await File.ReadAllBytesAsync(await receipt.PathAsync()))[..4]);
        var view = await LicensingScenario.Json(await applicant.GetAsync($"/api/v1/licensing/cases/{number}"));
        Assert.Equal(["申请表", "施工合同"], view.GetProperty("application").GetProperty("materials").EnumerateArray().Select(m => m.GetProperty("name").GetString()));
        Assert.Equal("Online", view.GetProperty("application").GetProperty("channel").GetString());
        await Accessibility.AssertNoSeriousViolations(page);
        await Screenshots.Keep(page, "licensing-apply");

        var english = await PortalTab.Open(browser, applicant, $"/licensing/items/{s.ItemCode}/apply", "en-US", bypassCsp: true);
        Assert.Contains("Applicant's name", await english.Text("#apply-form"), StringComparison.Ordinal);
        await Accessibility.AssertNoSeriousViolations(english.Page);
        await Screenshots.Keep(english.Page, "licensing-apply-en");
    }

    [Fact]
    public async Task A_fast_track_application_names_its_project_by_the_national_investment_project_code()
    {
        var s = new LicensingScenario(browser.Platform) { FastTrack = true };
        await s.Publish(LicensingMode.Committed, 10, delegate_: false);
        using var applicant = s.Applicant;
        var tab = await PortalTab.Open(browser, applicant, $"/licensing/items/{s.ItemCode}/apply", "zh-CN", bypassCsp: true);
        var page = tab.Page;
        Assert.Contains("2026-460000-48-01-000123", await tab.Text("#project-code-hint"), StringComparison.Ordinal);
        await page.FillAsync("#applicant", "海南某建设集团有限公司");
        await page.FillAsync("#subject", "省重点项目配套工程");
        await page.FillAsync("#project-code", "2026-46-48-01-000123");
        await page.SetInputFilesAsync("#material-0", new FilePayload { Name = "申请表.pdf", MimeType = "application/pdf", Buffer = "申请表"u8.ToArray() });
        await page.SetInputFilesAsync("#material-1", new FilePayload { Name = "施工合同.pdf", MimeType = "application/pdf", Buffer = "施工合同"u8.ToArray() });

        Assert.False(await tab.Click("#submit"));
        Assert.Equal(["#project-code"], await page.Locator("#errors a").EvaluateAllAsync<string[]>("links => links.map(a => a.getAttribute('href'))"));
        Assert.Contains("YYYY-AAAAAA-BB-CC-NNNNNN", await tab.Errors(), StringComparison.Ordinal);
        Assert.Equal("true", await page.GetAttributeAsync("#project-code", "aria-invalid"));
        await Accessibility.AssertNoSeriousViolations(page);

        var project = "2026-460000-48-01-" + Random.Shared.Next(100000, 999999).ToString(System.Globalization.CultureInfo.InvariantCulture);
        await page.FillAsync("#project-code", project);
        Assert.True(await tab.Click("#submit"), await tab.Errors());
        var view = await LicensingScenario.Json(await applicant.GetAsync($"/api/v1/licensing/cases/{await tab.Text("#case-number")}"));
        Assert.Equal(project, view.GetProperty("application").GetProperty("projectCode").GetString());

        var english = await PortalTab.Open(browser, applicant, $"/licensing/items/{s.ItemCode}/apply", "en-US", bypassCsp: true);
        Assert.Contains("national investment project code", await english.Text("#project-code-hint"), StringComparison.Ordinal);
        await english.Page.FillAsync("#project-code", "２０２６-460000-48-01-000123");
        Assert.False(await english.Click("#submit"));
        Assert.Contains("YYYY-AAAAAA-BB-CC-NNNNNN (year, administrative division", await english.Errors(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_committed_case_goes_through_the_desk_from_the_one_time_notice_through_a_clock_stop_and_the_extension_to_its_certificate()
    {
        var s = new LicensingScenario(browser.Platform);
        await s.Publish(LicensingMode.Committed, 10);
        using var applicant = s.Applicant;
        var number = (await s.Apply(applicant, "申请表")).GetProperty("caseNumber").GetString()!;
        using var officer = s.Officer;
        using var reviewer = s.Reviewer;
        using var chief = s.Chief;
        var desk = await PortalTab.Open(browser, officer, "/licensing/desk", "zh-CN");
        Assert.True(await desk.Done(), await desk.Errors());
        var row = $"#cases tbody tr:has-text('{number}') button";

        Assert.True(await desk.Click(row), await desk.Errors());
        Assert.False(await desk.Click("#accept"));
        Assert.Contains("LIC-CASE-INCOMPLETE", await desk.Errors(), StringComparison.Ordinal);
        Assert.True(await desk.Page.IsCheckedAsync("#missing-1")); // 施工合同, not submitted
        Assert.False(await desk.Page.IsCheckedAsync("#missing-0"));
        Assert.True(await desk.Click("#notice"), await desk.Errors());
        Assert.Contains("补正材料一次性告知书", await desk.Text("#case-steps"), StringComparison.Ordinal);

        var contract = await s.Upload(applicant, "contract" + number);
        await LicensingScenario.Ok(await applicant.PostAsJsonAsync($"/api/v1/licensing/cases/{number}/materials", new { materials = new[] { new { name = "施工合同", sha256 = contract } } }));
        Assert.True(await desk.Click(row), await desk.Errors());
        Assert.True(await desk.Click("#accept"), await desk.Errors());

        var back = await PortalTab.Open(browser, reviewer, "/licensing/desk", "zh-CN");
        Assert.True(await back.Done(), await back.Errors());
        Assert.True(await back.Click(row), await back.Errors());
        Assert.False(await back.Click("#stop"));
        Assert.Equal(["#text"], await back.Page.Locator("#errors a").EvaluateAllAsync<string[]>("links => links.map(a => a.getAttribute('href'))"));
        await back.Page.FillAsync("#text", "组织专家评审，评审期间不计入办理期限");
        Assert.True(await back.Click("#stop"), await back.Errors());
        Assert.Contains("期限中止", await back.Text("#cases"), StringComparison.Ordinal);
        browser.Platform.Clock.Advance(TimeSpan.FromDays(3));
        Assert.True(await back.Click("#restart"), await back.Errors());
        Assert.Contains("期限恢复计算告知书", await back.Text("#case-steps"), StringComparison.Ordinal);

        var decide = await PortalTab.Open(browser, chief, "/licensing/desk", "zh-CN");
        Assert.True(await decide.Done(), await decide.Errors());
        Assert.True(await decide.Click(row), await decide.Errors());
        await decide.Page.FillAsync("#text", "需现场核查");
        Assert.True(await decide.Click("#extend"), await decide.Errors());
        Assert.Contains("20", await decide.Text("#case-facts"), StringComparison.Ordinal);
        Assert.True(await decide.Page.IsHiddenAsync("#grant")); // not reviewed yet

        await back.Page.FillAsync("#text", "符合法定条件");
        Assert.True(await back.Click(row), await back.Errors());
        Assert.True(await back.Click("#review"), await back.Errors());
        Assert.True(await decide.Click(row), await decide.Errors());
        await decide.Page.FillAsync("#text", "准予许可");
        Assert.True(await decide.Click("#grant"), await decide.Errors());
        Assert.True(await desk.Click(row), await desk.Errors());
        Assert.True(await desk.Click("#certify"), await desk.Errors());
        Assert.Equal(0, await desk.Page.Locator(row).CountAsync()); // finished cases leave the desk

        var certified = await LicensingScenario.Json(await applicant.GetAsync($"/api/v1/licensing/cases/{number}"));
        Assert.Equal(
            ["received", "notice", "supplemented", "accepted", "clock-stopped", "clock-restarted", "extended", "reviewed", "approved", "certified"],
            certified.GetProperty("steps").EnumerateArray().Select(st => st.GetProperty("kind").GetString()));

        var second = (await s.Apply(applicant)).GetProperty("caseNumber").GetString()!;
        foreach (var (locale, name) in new[] { ("zh-CN", "licensing-desk"), ("en-US", "licensing-desk-en") })
        {
            var audit = await PortalTab.Open(browser, officer, "/licensing/desk", locale, bypassCsp: true);
            Assert.True(await audit.Done(), await audit.Errors());
            Assert.True(await audit.Click($"#cases tbody tr:has-text('{second}') button"), await audit.Errors());
            await Accessibility.AssertNoSeriousViolations(audit.Page);
            await Screenshots.Keep(audit.Page, name);
        }
    }

    [Fact]
    public async Task A_department_proposes_the_centre_reviews_and_the_province_approves_on_the_directory_desk()
    {
        var s = new LicensingScenario(browser.Platform);
        await s.Publish(LicensingMode.Committed, 10, delegate_: false);
        var flow = new DirectoryFlow(browser.Platform, s.ItemCode);
        var tomorrow = flow.Today.AddDays(1).ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);
        using var headClient = flow.Head(s.Department);
        var head = await PortalTab.Open(browser, headClient, "/licensing/directory", "zh-CN");
        Assert.True(await head.Done(), await head.Errors());
        await head.Page.FillAsync("#p-code", s.ItemCode);
        Assert.True(await head.Click("#p-load"), await head.Errors());
        Assert.Equal("10", await head.Page.InputValueAsync("#p-days"));
        await head.Page.FillAsync("#p-days", "12");
        Assert.False(await head.Click("#propose-form button[type=submit]"));
        Assert.Equal(["#p-effective", "#p-reason"], await head.Page.Locator("#errors a").EvaluateAllAsync<string[]>("links => links.map(a => a.getAttribute('href'))"));
        await head.Page.FillAsync("#p-effective", tomorrow);
        await head.Page.FillAsync("#p-reason", "压缩承诺时限");
        Assert.True(await head.Click("#propose-form button[type=submit]"), await head.Errors());

        using var centreClient = flow.Centre;
        var centre = await PortalTab.Open(browser, centreClient, "/licensing/directory", "zh-CN");
        Assert.True(await centre.Done(), await centre.Errors());
        var row = $"#proposals tbody tr:has-text('{s.ItemCode}') button";
        // The centre's reviewers were told of the proposal; the province's approvers are told once the centre passes it on.
        Assert.Contains($"{s.ItemCode}（建筑工程施工许可）申请（第 2 号），拟自 {tomorrow} 起施行，请中心审核", await centre.Text("#directory-notices"), StringComparison.Ordinal);
        Assert.True(await centre.Click(row), await centre.Errors());
        Assert.Contains("10 → 12", await centre.Text("#proposal-diff"), StringComparison.Ordinal);
        Assert.True(await centre.Page.IsHiddenAsync("#province-actions"));
        await centre.Page.FillAsync("#opinion", "压缩时限符合要求");
        Assert.True(await centre.Click("#pass"), await centre.Errors());

        using var provinceClient = flow.Province;
        var province = await PortalTab.Open(browser, provinceClient, "/licensing/directory", "zh-CN");
        Assert.True(await province.Done(), await province.Errors());
        Assert.Contains($"{s.ItemCode}（建筑工程施工许可）申请（第 2 号）经中心审核同意，报请省政府批准", await province.Text("#directory-notices"), StringComparison.Ordinal);
        Assert.True(await province.Click(row), await province.Errors());
        await province.Page.FillAsync("#opinion", "同意");
        await province.Page.FillAsync("#document", "琼府函〔2025〕30号");
        await province.Page.FillAsync("#effective", flow.Today.AddDays(-1).ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture));
        Assert.False(await province.Click("#approve"));
        Assert.Contains("LIC-DIR-EFFECTIVE", await province.Errors(), StringComparison.Ordinal);
        await province.Page.FillAsync("#effective", tomorrow);
        Assert.True(await province.Click("#approve"), await province.Errors());
        Assert.Equal(0, await province.Page.Locator(row).CountAsync());
        var told = await PortalTab.Open(browser, headClient, "/licensing/directory", "zh-CN");
        Assert.True(await told.Done(), await told.Errors());
        Assert.Contains($"经省政府批准（琼府函〔2025〕30号），自 {tomorrow} 起施行", await told.Text("#directory-notices"), StringComparison.Ordinal);

        using var anyone = browser.Platform.ClientAs(null);
        var versions = await LicensingScenario.Json(await anyone.GetAsync(flow.Path("/versions")));
        var second = versions.GetProperty("versions")[1];
        Assert.Equal((12, tomorrow), (second.GetProperty("item").GetProperty("promisedWorkingDays").GetInt32(), second.GetProperty("effectiveFrom").GetString()));

        await LicensingScenario.Ok(await flow.Propose(headClient, "Withdraw", null, flow.Today.AddDays(2), "并入其他事项"));
        foreach (var (locale, name) in new[] { ("zh-CN", "licensing-directory"), ("en-US", "licensing-directory-en") })
        {
            var audit = await PortalTab.Open(browser, centreClient, "/licensing/directory", locale, bypassCsp: true);
            Assert.True(await audit.Done(), await audit.Errors());
            Assert.True(await audit.Click(row), await audit.Errors());
            await Accessibility.AssertNoSeriousViolations(audit.Page);
            await Screenshots.Keep(audit.Page, name);
        }
    }

    private static async Task<string> Upload(HttpClient client, byte[] content) =>
        (await LicensingScenario.Json(await client.PostAsync("/api/v1/licensing/materials", new ByteArrayContent(content)))).GetProperty("sha256Hex").GetString()!;
}
