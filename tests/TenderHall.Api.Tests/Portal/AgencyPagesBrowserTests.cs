using System.Net.Http.Json;
using System.Text.RegularExpressions;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using TenderHall.Api.Tests.Tendering;
using TenderHall.Grains.Contracts.Accounts;
using TenderHall.Portal.Account;

namespace TenderHall.Api.Tests.Portal;

/// <summary>
/// The agency's pages in Chromium against the real API: project, tender and schedule (the deadline engine's preview across the
/// 2025 Spring Festival), documents, publication, a question, an objection, an amendment that moves the deadline,
/// termination and the fee ledger; password sign-in and an expired session; Chinese and English; axe-core.
/// </summary>
/// <remarks>The platform's clock starts on Monday 6 January 2025 (PlatformFactory.Start); only the first test moves it.</remarks>
public sealed partial class AgencyPagesBrowserTests(BrowserPlatform browser) : IClassFixture<BrowserPlatform>
{
    private static readonly TimeSpan Beijing = TimeSpan.FromHours(8);

    [Fact]
    public async Task The_agency_registers_schedules_across_the_spring_festival_publishes_answers_a_question_and_an_objection_and_amends_through_the_pages()
    {
        var s = new TenderScenario(browser.Platform);
        await s.RegisterParties();
        await using var desk = await AgencyDesk.Open(browser, s);

        // The project: every required field in the error summary, each linked to its field; then a refusal by rule.
        await desk.Go("/agency/projects/new");
        Assert.False(await desk.Tab.Click("#project-form button[type=submit]"));
        Assert.Equal(7, await desk.Page.Locator("#error-list a").CountAsync());
        Assert.Equal("#code", await desk.Page.Locator("#error-list a").First.GetAttributeAsync("href"));
        Assert.Contains("请填写“项目代码”", await desk.Tab.Text("#error-list"), StringComparison.Ordinal);
        Assert.Equal("true", await desk.Page.GetAttributeAsync("#code", "aria-invalid"));
        await Accessibility.AssertNoSeriousViolations(desk.Page);
        await desk.FillProject();
        await desk.Page.FillAsync("#code", "2025-12");
        Assert.False(await desk.Tab.Click("#project-form button[type=submit]"));
        Assert.StartsWith("DIR-PROJECT-CODE", await desk.Tab.Text("#error-list"), StringComparison.Ordinal);
        Assert.Equal("#code", await desk.Page.Locator("#error-list a").First.GetAttributeAsync("href"));
        await Screenshots.Keep(desk.Page, "agency-project-errors");
        await desk.Page.FillAsync("#code", s.ProjectCode);
        Assert.True(await desk.Tab.Click("#project-form button[type=submit]"), await desk.Tab.Errors());
        Assert.Contains(s.ProjectCode, await desk.Tab.Text("#page-status"), StringComparison.Ordinal);

        // The schedule as it is typed: a sale from Friday 10 January puts day 20 in the Spring Festival (BL 24, CC 203).
        await desk.Go($"/agency/tenders/new?project={s.ProjectCode}");
        await desk.FillTender(depositYuan: "1000000");
        await desk.Page.FillAsync("#sale-start", "2025-01-10T09:00");
        await desk.Preview();
        var limits = await desk.Tab.Text("#limits");
        Assert.Matches(@"BL-24\s+20日（日历日）", limits);
        Assert.Matches(@"2025-02-05\s+BL-24", limits);
        Assert.Matches(@"2025-01-15 24:00\s+BLR-16\s+5日（日历日）", limits);
        Assert.Contains("2025-02-05 08:30", limits, StringComparison.Ordinal);
        Assert.Matches(@"2025-01-26 24:00\s+BLR-22\s+10日（日历日）", limits);
        var days = await desk.Tab.Text("#notice-days");
        Assert.Matches(@"2025-01-26\s+调休上班日", days);
        Assert.Matches(@"2025-01-30\s+法定节假日", days);
        await desk.Page.FillAsync("#bid-deadline", "2025-01-30T09:00");
        await desk.Preview();
        Assert.StartsWith("BL-24", await desk.Tab.Text("#schedule-problems"), StringComparison.Ordinal);
        await Accessibility.AssertNoSeriousViolations(desk.Page);
        await Screenshots.Keep(desk.Page, "agency-schedule");
        Assert.False(await desk.Tab.Click("#tender-form button[type=submit]"));
        Assert.StartsWith("BL-24", await desk.Tab.Text("#error-list"), StringComparison.Ordinal);
        Assert.Equal("#bid-deadline", await desk.Page.Locator("#error-list a").First.GetAttributeAsync("href"));

        // Sold from publication: day 20 is Sunday 26 January, a make-up working day, so the deadline may fall on it.
        await desk.Page.FillAsync("#sale-start", "");
        await desk.Preview();
        await desk.Page.ClickAsync("#use-earliest");
        await desk.Preview();
        Assert.Equal("2025-01-14T00:00", await desk.Page.InputValueAsync("#sale-end"));
        Assert.Equal("2025-01-26T08:30", await desk.Page.InputValueAsync("#bid-deadline"));
        Assert.Equal("", await desk.Tab.Text("#schedule-problems"));
        Assert.False(await desk.Tab.Click("#tender-form button[type=submit]"));
        Assert.StartsWith("BLR-26", await desk.Tab.Text("#error-list"), StringComparison.Ordinal); // 1 000 000 is 2.5 % of the estimate
        Assert.Equal("#deposit", await desk.Page.Locator("#error-list a").First.GetAttributeAsync("href"));
        await desk.Page.FillAsync("#deposit", "800000");
        var id = await desk.SubmitTender();

        // Documents and publication: the planned dates came along; nothing is published without the documents.
        Assert.Equal("2025-01-26T08:30", await desk.Page.InputValueAsync("#bid-deadline"));
        Assert.False(await desk.Tab.Click("#publish-form button[type=submit]"));
        Assert.Equal("#documents", await desk.Page.Locator("#error-list a").First.GetAttributeAsync("href"));
        await desk.UploadDocuments("招标文件正文"u8.ToArray());
        Assert.Contains("SHA-256", await desk.Tab.Text("#uploaded"), StringComparison.Ordinal);
        await Accessibility.AssertNoSeriousViolations(desk.Page);
        await Screenshots.Keep(desk.Page, "agency-publish");
        await desk.Publish();
        var tender = await s.Tender();
        Assert.Equal("DocumentsOnSale", tender.GetProperty("status").GetString());
        Assert.Equal(new DateTimeOffset(2025, 1, 26, 8, 30, 0, Beijing), tender.GetProperty("schedule").GetProperty("bidDeadline").GetDateTimeOffset());

        // A holder asks, another objects (the tender pauses, BLR 22); the pages never show either of them.
        var asker = "bidder-ask-" + s.AgencyId[7..];
        var objector = "bidder-obj-" + s.AgencyId[7..];
        await s.BuyDocuments(asker);
        await s.BuyDocuments(objector);
        TenderScenario.Ok(await s.Bidder(asker).PostAsJsonAsync($"/api/v1/tenders/{id}/questions", new { text = "工期是否包含冬季停工期？" }));
        var evidence = "本地业绩要求条款截图"u8.ToArray();
        var sha = (await TenderScenario.Read(await s.Bidder(objector).PostAsync("/api/v1/objections/evidence", new ByteArrayContent(evidence)))).GetProperty("sha256Hex").GetString();
        TenderScenario.Ok(await s.Bidder(objector).PostAsJsonAsync($"/api/v1/tenders/{id}/objections", new { text = "资格条件要求本地业绩，排斥潜在投标人。", evidence = new[] { sha } }));
        Assert.Equal("Suspended", (await s.Tender()).GetProperty("status").GetString());

        await desk.Go($"/agency/tenders/{id}/objections");
        var objection = await desk.Tab.Text("#objections tbody tr");
        Assert.Contains("排斥潜在投标人", objection, StringComparison.Ordinal);
        Assert.Matches(DaysLeftZh(), objection);
        Assert.DoesNotContain(objector, await desk.Page.ContentAsync(), StringComparison.Ordinal);
        // The objector's evidence downloads with the clerk's token.
        var file = await desk.Page.RunAndWaitForDownloadAsync(() => desk.Page.ClickAsync("#objections tbody tr button:has-text('下载证据 1')"));
        Assert.Equal(evidence, await File.ReadAllBytesAsync(await file.PathAsync()));
        Assert.True(await desk.Tab.Click("#objections tbody tr td:last-child button"), await desk.Tab.Errors());
        Assert.False(await desk.Tab.Click("#answer-form button[type=submit]"));
        Assert.Contains("答复内容", await desk.Tab.Text("#error-list"), StringComparison.Ordinal);
        await desk.Page.FillAsync("#answer", "已删除本地业绩要求，见第1号澄清。");
        Assert.True(await desk.Tab.Click("#answer-form button[type=submit]"), await desk.Tab.Errors());
        Assert.Contains("已答复", await desk.Tab.Text("#objections tbody tr"), StringComparison.Ordinal);
        await Accessibility.AssertNoSeriousViolations(desk.Page);
        await Screenshots.Keep(desk.Page, "agency-objections");
        Assert.Equal("DocumentsOnSale", (await s.Tender()).GetProperty("status").GetString());

        // The answer to the question, published in time: the page says the deadline stays, and why, before it goes out.
        await desk.Go($"/agency/tenders/{id}/clarify");
        Assert.Contains("冬季停工期", await desk.Tab.Text("#questions"), StringComparison.Ordinal);
        Assert.DoesNotContain(asker, await desk.Page.ContentAsync(), StringComparison.Ordinal);
        await desk.Page.CheckAsync("#q-1");
        await desk.Page.FillAsync("#text", "工期包含冬季停工期。");
        Assert.True(await desk.Tab.Click("#clarify-form button[type=submit]"), await desk.Tab.Errors());
        Assert.Equal("stays", await desk.Page.GetAttributeAsync("body", "data-effect"));
        Assert.Contains("2025-01-26 08:30", await desk.Tab.Text("#effect-text"), StringComparison.Ordinal);
        Assert.Contains("BL-23", await desk.Tab.Text("#effect-rule"), StringComparison.Ordinal);
        Assert.Contains("15日（日历日）", await desk.Tab.Text("#effect-rule"), StringComparison.Ordinal);
        Assert.Contains("2025-01-11 24:00", await desk.Tab.Text("#effect-rule"), StringComparison.Ordinal);
        await Accessibility.AssertNoSeriousViolations(desk.Page);
        await Screenshots.Keep(desk.Page, "agency-clarify");
        Assert.True(await desk.Tab.Click("#confirm"), await desk.Tab.Errors());
        Assert.Contains("第 1 号澄清", await desk.Tab.Text("#questions"), StringComparison.Ordinal);

        // Nine days on, an amendment comes within 15 days of the deadline: the page shows it moving past the festival first.
        s.Advance(new DateTimeOffset(2025, 1, 15, 9, 0, 0, Beijing) - s.Now);
        await desk.Page.FillAsync("#text", "修改第五章技术要求。");
        await desk.Page.SetInputFilesAsync("#amendment", new FilePayload { Name = "招标文件（修改）.pdf", MimeType = "application/pdf", Buffer = "修改后的招标文件"u8.ToArray() });
        await desk.Page.FillAsync("#amendment-note", "第五章技术要求修改");
        Assert.True(await desk.Tab.Click("#clarify-form button[type=submit]"), await desk.Tab.Errors());
        Assert.Equal("moves", await desk.Page.GetAttributeAsync("body", "data-effect"));
        Assert.Contains("2025-02-05 08:30", await desk.Tab.Text("#effect-text"), StringComparison.Ordinal);
        Assert.True(await desk.Tab.Click("#confirm"), await desk.Tab.Errors());
        Assert.Contains("2025-02-05 08:30", await desk.Tab.Text("#page-status"), StringComparison.Ordinal);
        tender = await s.Tender();
        Assert.Equal(new DateTimeOffset(2025, 2, 5, 8, 30, 0, Beijing), tender.GetProperty("schedule").GetProperty("bidDeadline").GetDateTimeOffset());
        Assert.Equal(2, tender.GetProperty("documents").GetArrayLength());

        // The desk lists the tender with its state, next deadline and tasks.
        await desk.Go("/agency");
        var row = await desk.Tab.Text($"#tenders tbody tr");
        Assert.Contains("页面登记道路工程一标段施工", row, StringComparison.Ordinal);
        Assert.Matches(DaysLeftZh(), row);
        Assert.Equal(1, await desk.Page.Locator($"#tenders a[href='/tenders/{id}/opening']").CountAsync());
        await Accessibility.AssertNoSeriousViolations(desk.Page);
        await Screenshots.Keep(desk.Page, "agency-home");
    }

    [Fact]
    public async Task A_clerk_signs_in_with_a_password_keeps_a_half_filled_form_across_an_expired_session_and_reads_the_pages_in_English()
    {
        var s = new TenderScenario(browser.Platform);
        await s.RegisterParties();
        var user = "clerk-" + s.AgencyId[7..];
        var account = new AccountInfo { UserName = user, DisplayName = "Clerk", Roles = [Roles.Agency], OrganizationId = s.AgencyId };
        await browser.Platform.Services.GetRequiredService<IGrainFactory>().GetGrain<IAccountGrain>(user).Create(account, "correct-horse-battery");
        await using var context = await browser.Browser.NewContextAsync(new() { Locale = "en-US", BypassCSP = true });
        var page = await context.NewPageAsync();

        // Signed out, a task page sends the clerk to sign in; a wrong password is refused by rule.
        await page.GotoAsync(new Uri(browser.BaseAddress, "/agency/projects/new").ToString());
        await page.WaitForURLAsync(SignInAddress());
        Assert.Equal("Agency sign-in", await page.InnerTextAsync("h1"));
        await Accessibility.AssertNoSeriousViolations(page);
        await Screenshots.Keep(page, "agency-signin-en");
        await SignIn(page, user, "wrong-password");
        Assert.StartsWith("AUTH-CREDENTIALS", await page.InnerTextAsync("#error-list"), StringComparison.Ordinal);
        await SignIn(page, user, "correct-horse-battery");
        await page.WaitForURLAsync("**/agency/projects/new");
        await Done(page);
        Assert.Equal("Register a project", await page.InnerTextAsync("h1"));

        // The session expires while the form is filled in: the clerk signs in again and finds the form as it was.
        await page.FillAsync("#code", s.ProjectCode);
        await page.FillAsync("#name", "Half-filled project");
        await page.FillAsync("#tenderee", "Haikou Transport Bureau");
        await page.FillAsync("#value", "50000000");
        await page.FillAsync("#scope", "Lot 1");
        await page.FillAsync("#approved-by", "dept-drc");
        await page.FillAsync("#approval-number", "QFG-2025-1");
        await page.EvaluateAsync("key => sessionStorage.setItem(key, 'expired')", BrowserSession.TokenKey);
        var logs = new List<string>();
        page.Console += (_, m) => logs.Add(Stamp() + " console " + m.Text);
        page.Request += (_, r) => logs.Add(Stamp() + " " + r.Method + " " + r.Url);
        page.Response += (_, r) => logs.Add(Stamp() + " " + r.Status + " " + r.Url);
        logs.Add(Stamp() + " click");
        await page.ClickAsync("#project-form button[type=submit]");
        logs.Add(Stamp() + " clicked");
        try { await page.WaitForURLAsync(SignInAddress()); }
        catch (TimeoutException) { Assert.Fail(page.Url + " | " + await page.EvaluateAsync<string>("() => document.body.dataset.page + ' ' + document.getElementById('errors').innerText") + " | " + string.Join("\n", logs)); }
        await SignIn(page, user, "correct-horse-battery");
        await page.WaitForURLAsync("**/agency/projects/new");
        await Done(page);
        Assert.Equal("Half-filled project", await page.InputValueAsync("#name"));
        Assert.Equal("Lot 1", await page.InputValueAsync("#scope"));
        await page.EvaluateAsync("() => { document.body.dataset.page = ''; }");
        await page.ClickAsync("#project-form button[type=submit]");
        await Done(page);
        Assert.Contains("is registered", await page.InnerTextAsync("#page-status"), StringComparison.Ordinal);

        // The scheduling page in English: the same engine, its day counts in English words.
        await page.GotoAsync(new Uri(browser.BaseAddress, $"/agency/tenders/new?project={s.ProjectCode}").ToString());
        await Done(page);
        await page.WaitForSelectorAsync("body[data-preview=ready]");
        Assert.Equal("Register and schedule a tender", await page.InnerTextAsync("h1"));
        var limits = await page.InnerTextAsync("#limits");
        Assert.Contains("20 calendar days", limits, StringComparison.Ordinal);
        Assert.Contains("5 calendar days", limits, StringComparison.Ordinal);
        await Accessibility.AssertNoSeriousViolations(page);
        await Screenshots.Keep(page, "agency-schedule-en");

        await page.GotoAsync(new Uri(browser.BaseAddress, "/agency").ToString());
        await Done(page);
        Assert.Equal("Agency desk", await page.InnerTextAsync("h1"));
        Assert.Contains("Half-filled project", await page.InnerTextAsync("#projects"), StringComparison.Ordinal);
        await Accessibility.AssertNoSeriousViolations(page);
        await Screenshots.Keep(page, "agency-home-en");
    }

    [Fact]
    public async Task The_agency_terminates_a_tender_with_a_reason_is_refused_a_second_time_and_reads_the_fees_it_may_see()
    {
        var s = new TenderScenario(browser.Platform);
        var terminated = await s.Register();
        await s.Publish();
        await s.BuyDocuments("bidder-fee-" + s.AgencyId[7..]);
        var running = (await TenderScenario.Read(await s.Agency.PostAsJsonAsync("/api/v1/tenders", new
        {
            projectCode = s.ProjectCode, lot = "一标段", title = "测试道路工程一标段施工（二）", method = "Open", organisation = "Agency",
            estimatedPriceFen = 4_000_000_000L, depositFen = 50_000_000L, documentFeeFen = 30_000L,
        }))).GetProperty("id").GetString()!;
        s.Use(running);
        await s.Publish();
        s.Use(terminated);
        await using var desk = await AgencyDesk.Open(browser, s);

        await desk.Go($"/agency/tenders/{terminated}/terminate");
        Assert.False(await desk.Tab.Click("#terminate-form button[type=submit]"));
        Assert.Equal(["#reason", "#understood"], await desk.Page.Locator("#error-list a").EvaluateAllAsync<string[]>("links => links.map(a => a.getAttribute('href'))"));
        await Accessibility.AssertNoSeriousViolations(desk.Page);
        await Screenshots.Keep(desk.Page, "agency-terminate");
        await desk.Page.FillAsync("#reason", "项目资金未落实，招标人决定终止招标。");
        await desk.Page.CheckAsync("#understood");
        Assert.True(await desk.Tab.Click("#terminate-form button[type=submit]"), await desk.Tab.Errors());
        Assert.Equal("已终止", await desk.Tab.Text("#summary-status"));
        Assert.Equal("Terminated", (await s.Tender()).GetProperty("status").GetString());

        // Asked again, the platform refuses by rule and the page names it.
        await desk.Go($"/agency/tenders/{terminated}/terminate");
        await desk.Page.FillAsync("#reason", "再次终止");
        await desk.Page.CheckAsync("#understood");
        Assert.False(await desk.Tab.Click("#terminate-form button[type=submit]"));
        Assert.StartsWith("TENDER-STATE", await desk.Tab.Text("#error-list"), StringComparison.Ordinal);

        // The ledger: the terminated tender's fee came in and went back (BLR 31); the running one is secret until its deadline (BL 22).
        await desk.Go("/agency/fees");
        var paid = await desk.Tab.Text($"#fees tr[data-tender='{terminated}']");
        Assert.Matches(@"招标文件费\s+1\s+300\.00\s+300\.00\s+0\.00\s+0\.00", paid);
        Assert.StartsWith("FEE-TENDER-SECRET", (await desk.Tab.Text($"#fees tr[data-tender='{running}'] td:nth-child(3)")).Trim(), StringComparison.Ordinal);
        Assert.Equal("300.00", await desk.Tab.Text("#total-collected"));
        await Accessibility.AssertNoSeriousViolations(desk.Page);
        await Screenshots.Keep(desk.Page, "agency-fees");
        await desk.Go("/agency/fees?lang=en");
        Assert.Equal("Fee ledger", await desk.Tab.Text("h1"));
        Assert.Matches(@"Document fees\s+1\s+300\.00", await desk.Tab.Text($"#fees tr[data-tender='{terminated}']"));
        Assert.Contains("after the bid deadline", await desk.Tab.Text($"#fees tr[data-tender='{running}']"), StringComparison.Ordinal);
        await Screenshots.Keep(desk.Page, "agency-fees-en");

        await desk.Go("/agency");
        Assert.Equal(2, await desk.Page.Locator("#tenders tbody tr").CountAsync());
        Assert.Equal(0, await desk.Page.Locator($"#tenders a[href='/agency/tenders/{terminated}/clarify']").CountAsync());
        Assert.Equal(1, await desk.Page.Locator($"#tenders a[href='/agency/tenders/{running}/clarify']").CountAsync());
    }

    private static async Task SignIn(IPage page, string user, string password)
    {
        await page.EvaluateAsync("() => { document.body.dataset.page = ''; }");
        await page.FillAsync("#username", user);
        await page.FillAsync("#password", password);
        await page.ClickAsync("#signin button[type=submit]");
        await page.WaitForSelectorAsync("body[data-page=ready], body[data-page=failed]", new() { Timeout = 30_000 });
    }

    private static string Stamp() => DateTime.UtcNow.ToString("HH:mm:ss.fff", System.Globalization.CultureInfo.InvariantCulture);

    private static async Task Done(IPage page) =>
        Assert.Equal("ready", await (await page.WaitForSelectorAsync("body[data-page=ready], body[data-page=failed]", new() { Timeout = 30_000 }))!.GetAttributeAsync("data-page"));

    [GeneratedRegex(@"/agency/signin\?next=")]
    private static partial Regex SignInAddress();

    [GeneratedRegex(@"剩余 \d+ 天")]
    private static partial Regex DaysLeftZh();
}
