using System.Net.Http.Json;
using Microsoft.Playwright;
using TenderHall.Api.Tests.Licensing;
using TenderHall.Grains.Contracts.Accounts;
using TenderHall.Grains.Contracts.Hall;
using TenderHall.Grains.Contracts.Licensing;

namespace TenderHall.Api.Tests.Portal;

/// <summary>The hall's pages in Chromium: a visitor's ticket and rating, the officer's queue desk, the board, the centre's performance charts.</summary>
public sealed class HallPagesBrowserTests(BrowserPlatform browser) : IClassFixture<BrowserPlatform>
{
    // A tab without a token (a visitor, the hall's kiosk or big screen), with axe-core allowed in.
    private async Task<PortalTab> Visitor(string path, string locale)
    {
        var page = await browser.Browser.NewPageAsync(new() { Locale = locale, BypassCSP = true });
        await page.GotoAsync(new Uri(browser.BaseAddress, path).ToString());
        return PortalTab.Wrap(page);
    }

    private async Task<PortalTab> SignedIn(HttpClient client, string path, string locale) => await PortalTab.Open(browser, client, path, locale, bypassCsp: true);

    [Fact]
    public async Task A_visitor_takes_a_ticket_the_officer_calls_and_serves_it_and_the_visit_is_rated_once()
    {
        var s = new LicensingScenario(browser.Platform);
        await s.Publish(LicensingMode.Immediate, 0);

        var kiosk = await Visitor("/hall/tickets", "zh-CN");
        Assert.False(await kiosk.Click("#ticket-form button[type=submit]"));
        Assert.Contains("请选择办理窗口", await kiosk.Errors(), StringComparison.Ordinal);
        Assert.Equal("true", await kiosk.Page.GetAttributeAsync("#window", "aria-invalid"));
        await kiosk.Page.SelectOptionAsync("#window", s.Department);
        await kiosk.Page.SelectOptionAsync("#item", s.ItemCode);
        Assert.True(await kiosk.Click("#ticket-form button[type=submit]"), await kiosk.Errors());
        Assert.Equal("A001", await kiosk.Text("#ticket-code"));
        Assert.Equal("0", await kiosk.Text("#ticket-ahead"));
        await Accessibility.AssertNoSeriousViolations(kiosk.Page);
        await Screenshots.Keep(kiosk.Page, "hall-ticket");
        var rateLink = await kiosk.Page.GetAttributeAsync("#rate-link", "href");

        using var officerClient = s.Officer;
        var desk = await SignedIn(officerClient, "/hall/desk", "zh-CN");
        Assert.True(await desk.Done(), await desk.Errors());
        Assert.False(await desk.Click("#call"));
        Assert.Contains("请填写柜台号", await desk.Errors(), StringComparison.Ordinal);
        await desk.Page.FillAsync("#counter", "5");
        Assert.True(await desk.Click("#call"), await desk.Errors());
        Assert.Contains("已叫号", await desk.Text("#tickets tbody tr"), StringComparison.Ordinal);
        await Accessibility.AssertNoSeriousViolations(desk.Page);
        await Screenshots.Keep(desk.Page, "hall-desk");
        Assert.True(await desk.Click("#tickets tbody tr button:has-text('办结')"), await desk.Errors());
        Assert.Contains("已办结", await desk.Text("#tickets tbody tr"), StringComparison.Ordinal);
        Assert.False(await desk.Click("#call"));
        Assert.Contains("HALL-QUEUE-EMPTY", await desk.Errors(), StringComparison.Ordinal);

        // The rating link carries the rating code in its fragment: the form arrives filled but for the level.
        var rate = await Visitor(rateLink!, "zh-CN");
        Assert.False(await rate.Click("#rate-form button[type=submit]"));
        Assert.Contains("请选择评价等级", await rate.Errors(), StringComparison.Ordinal);
        await rate.Page.CheckAsync("input[name=level][value=VerySatisfied]");
        Assert.True(await rate.Click("#rate-form button[type=submit]"), await rate.Errors());
        Assert.Contains("感谢您的评价", await rate.Text("#page-status"), StringComparison.Ordinal);
        await Accessibility.AssertNoSeriousViolations(rate.Page);
        await Screenshots.Keep(rate.Page, "hall-rate");
        await rate.Page.CheckAsync("input[name=level][value=Dissatisfied]");
        Assert.False(await rate.Click("#rate-form button[type=submit]"));
        Assert.Contains("RATING-VISIT-ONCE", await rate.Errors(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_items_guide_sends_the_visitor_to_a_ticket_at_the_window_that_receives_the_item()
    {
        var s = new LicensingScenario(browser.Platform);
        var window = "dept-" + Guid.NewGuid().ToString("N")[..10];
        await s.Publish(LicensingMode.CompositeWindow, 10, true, window);

        var guide = await Visitor($"/licensing/items/{s.ItemCode}", "zh-CN");
        await guide.Page.ClickAsync("#take-ticket");
        await guide.Page.WaitForURLAsync(new System.Text.RegularExpressions.Regex("/hall/tickets\\?window="));
        Assert.Equal(window, await guide.Page.InputValueAsync("#window"));
        Assert.Equal(s.ItemCode, await guide.Page.InputValueAsync("#item"));
        // Choosing the item chooses its window again, whatever window was picked before.
        await guide.Page.SelectOptionAsync("#window", s.Department);
        await guide.Page.SelectOptionAsync("#item", "");
        await guide.Page.SelectOptionAsync("#item", s.ItemCode);
        Assert.Equal(window, await guide.Page.InputValueAsync("#window"));
        Assert.True(await guide.Click("#ticket-form button[type=submit]"), await guide.Errors());
        Assert.Equal("A001", await guide.Text("#ticket-code"));
        Assert.Contains(window, await guide.Page.GetAttributeAsync("#rate-link", "href") ?? "", StringComparison.Ordinal);
        await Accessibility.AssertNoSeriousViolations(guide.Page);

        // A ticket for the item at the deciding department's window is refused by rule code: it does not receive the item.
        var kiosk = await Visitor("/hall/tickets?lang=en", "en-US");
        await kiosk.Page.SelectOptionAsync("#item", s.ItemCode);
        await kiosk.Page.SelectOptionAsync("#window", s.Department);
        Assert.False(await kiosk.Click("#ticket-form button[type=submit]"));
        Assert.Contains("HALL-TICKET-ITEM", await kiosk.Errors(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_pages_speak_English_and_the_desk_keeps_its_counter_when_the_sign_in_has_expired()
    {
        var s = new LicensingScenario(browser.Platform);
        await s.Publish(LicensingMode.Immediate, 0);
        var kiosk = await Visitor("/hall/tickets?lang=en", "en-US");
        await kiosk.Page.SelectOptionAsync("#window", s.Department);
        Assert.True(await kiosk.Click("#ticket-form button[type=submit]"), await kiosk.Errors());
        Assert.Contains("Your number", await kiosk.Text("#ticket"), StringComparison.Ordinal);
        await Accessibility.AssertNoSeriousViolations(kiosk.Page);
        await Screenshots.Keep(kiosk.Page, "hall-ticket-en");

        using var officerClient = s.Officer;
        var desk = await SignedIn(officerClient, "/hall/desk?lang=en", "en-US");
        Assert.True(await desk.Done(), await desk.Errors());
        await desk.Page.FillAsync("#counter", "12");
        await desk.Page.EvaluateAsync("() => sessionStorage.setItem('tenderhall.token', 'expired')");
        await desk.Page.ClickAsync("#call");
        await desk.Page.WaitForSelectorAsync("body[data-page=signed-out]");
        Assert.True(await desk.Page.IsVisibleAsync("#signed-out"));
        await desk.Page.EvaluateAsync($"() => sessionStorage.setItem('tenderhall.token', {System.Text.Json.JsonSerializer.Serialize(officerClient.DefaultRequestHeaders.Authorization!.Parameter)})");
        await desk.Page.ReloadAsync();
        Assert.True(await desk.Done(), await desk.Errors());
        Assert.Equal("12", await desk.Page.InputValueAsync("#counter"));
        Assert.True(await desk.Click("#call"), await desk.Errors());
        Assert.Contains("Called", await desk.Text("#tickets tbody tr"), StringComparison.Ordinal);
        await Screenshots.Keep(desk.Page, "hall-desk-en");
    }

    [Fact]
    public async Task The_board_shows_the_number_called_and_refreshes_itself_under_the_page_policy()
    {
        var s = new LicensingScenario(browser.Platform);
        await s.Publish(LicensingMode.Immediate, 0);
        using var kiosk = browser.Platform.CreateClient();
        await LicensingScenario.Json(await kiosk.PostAsJsonAsync($"/api/v1/hall/windows/{s.Department}/tickets", new { }));
        using var officer = s.Officer;
        await LicensingScenario.Json(await officer.PostAsJsonAsync($"/api/v1/hall/windows/{s.Department}/queue/next", new { counter = "8" }));
        browser.Platform.Clock.Advance(HallBoard.Freshness);

        foreach (var (path, locale, shot, heading) in new[] { ("/hall/board", "zh-CN", "hall-board", "正在叫号"), ("/hall/board?lang=en", "en-US", "hall-board-en", "Now calling") })
        {
            var board = await Visitor(path, locale);
            Assert.True(await board.Done());
            var calling = await board.Text("#calling");
            Assert.Contains(heading, await board.Text("#calling-title"), StringComparison.Ordinal);
            Assert.Contains("A001", calling, StringComparison.Ordinal);
            Assert.Contains("8", calling, StringComparison.Ordinal);
            await Accessibility.AssertNoSeriousViolations(board.Page);
            await Screenshots.Keep(board.Page, shot);
        }
    }

    [Fact]
    public async Task The_centre_reads_the_figures_and_each_officers_ratings_with_a_server_drawn_chart_and_an_officer_is_refused()
    {
        var s = new LicensingScenario(browser.Platform);
        await s.Publish(LicensingMode.Immediate, 0);
        using var applicant = s.Applicant;
        var number = (await s.Apply(applicant)).GetProperty("caseNumber").GetString();
        using (var officer = s.Officer)
        {
            await LicensingScenario.Json(await officer.PostAsync($"/api/v1/licensing/cases/{number}/acceptance", null));
            await LicensingScenario.Json(await officer.PostAsJsonAsync($"/api/v1/licensing/cases/{number}/review", new { text = "齐全" }));
        }

        using (var chief = s.Chief) await LicensingScenario.Json(await chief.PostAsJsonAsync($"/api/v1/licensing/cases/{number}/decision", new { grant = true, reason = "准予" }));
        await LicensingScenario.Json(await applicant.PostAsJsonAsync($"/api/v1/licensing/cases/{number}/rating", new { level = "Satisfied" }));

        using var centre = browser.Platform.ClientAs(Roles.CentreAdmin, null, "centre-charts");
        foreach (var (path, locale, shot, lane) in new[] { ("/licensing/performance", "zh-CN", "hall-performance", "普通件"), ("/licensing/performance?lang=en", "en-US", "hall-performance-en", "Regular") })
        {
            var tab = await SignedIn(centre, path, locale);
            Assert.True(await tab.Done(), await tab.Errors());
            await tab.Page.SelectOptionAsync("#by", "Officer");
            Assert.False(await tab.Click("#performance-form button[type=submit]"));
            Assert.Equal("true", await tab.Page.GetAttributeAsync("#department", "aria-invalid"));
            await tab.Page.FillAsync("#department", s.Department);
            await tab.Page.SelectOptionAsync("#figure", "OnTheSpotRate");
            Assert.True(await tab.Click("#performance-form button[type=submit]"), await tab.Errors());
            var figures = await tab.Text("#figures");
            Assert.Contains(lane, figures, StringComparison.Ordinal);
            Assert.Contains("100.0 %", figures, StringComparison.Ordinal);
            // The chief who decided the case has the case's rating in their own row (one rating, all satisfied).
            var chiefRow = await tab.Page.Locator("#figures tbody tr", new() { HasText = "chief-" + s.Department }).InnerTextAsync();
            Assert.Matches(@"\b1\s+100\.0 %", chiefRow);
            Assert.StartsWith("data:image/svg+xml;base64,", await tab.Page.GetAttributeAsync("#chart", "src"), StringComparison.Ordinal);
            Assert.False(string.IsNullOrEmpty(await tab.Page.GetAttributeAsync("#chart", "alt")));
            await Accessibility.AssertNoSeriousViolations(tab.Page);
            await Screenshots.Keep(tab.Page, shot);
        }

        using var officerClient = s.Officer;
        var refused = await SignedIn(officerClient, "/licensing/performance", "zh-CN");
        Assert.True(await refused.Done());
        Assert.False(await refused.Click("#performance-form button[type=submit]"));
        Assert.Contains("AUTH-FORBIDDEN", await refused.Errors(), StringComparison.Ordinal);
    }
}
