using System.Net;
using Microsoft.Extensions.DependencyInjection;
using TenderHall.Api.Demo;
using TenderHall.Api.Tests.Platform;

namespace TenderHall.Api.Tests.Portal;

[Collection(PlatformCollection.Name)]
public sealed class PortalPagesTests(PlatformFactory platform)
{
    [Fact]
    public async Task Home_lists_published_tenders_in_Chinese_and_hides_registered_ones()
    {
        var html = await Page("/");

        Assert.Contains("lang=\"zh-CN\"", html);
        Assert.Contains("滨江大道改造工程施工一标段", html);
        Assert.Contains("/tenders/DEMO-T3", html);
        Assert.Contains("文件发售中", html);
        Assert.DoesNotContain("DEMO-T1", html);
        Assert.DoesNotContain("滨江大道改造工程施工二标段", html);
    }

    [Fact]
    public async Task Search_filters_announcements_like_the_api()
    {
        var html = await Page("/tenders?q=" + Uri.EscapeDataString("人民医院"));

        Assert.Contains("/tenders/DEMO-T4", html);
        Assert.DoesNotContain("/tenders/DEMO-T3", html);
    }

    [Fact]
    public async Task Tender_page_follows_lang_query_and_accept_language()
    {
        var english = await Page("/tenders/DEMO-T3?lang=en");
        Assert.Contains("lang=\"en\"", english);
        Assert.Contains("Documents on sale", english);
        Assert.Contains("Document versions", english);
        Assert.Contains("滨江大道改造工程施工一标段", english);
        Assert.Contains("href=\"/tenders?lang=en\"", english);
        Assert.Contains("href=\"/tenders/DEMO-T3?lang=zh\"", english);

        var fromHeader = await Page("/tenders/DEMO-T3", acceptLanguage: "en-GB,en;q=0.9,zh;q=0.5");
        Assert.Contains("Documents on sale", fromHeader);

        var chinese = await Page("/tenders/DEMO-T3");
        Assert.Contains("文件发售中", chinese);
        Assert.Contains("招标文件版本", chinese);
    }

    [Fact]
    public async Task Licensing_page_shows_the_ten_publicities()
    {
        var html = await Page("/licensing");

        Assert.Contains("《中华人民共和国建筑法》第七条、第八条", html);
        Assert.Contains("许可依据", html);
        Assert.Contains("即办件", html);
    }

    [Fact]
    public async Task Case_progress_page_shows_the_steps_of_a_case_by_its_number_without_the_applicant()
    {
        var scenario = new Licensing.LicensingScenario(platform);
        await scenario.Publish(Grains.Contracts.Licensing.LicensingMode.Committed, 5);
        using var applicant = scenario.Applicant;
        var number = (await scenario.Apply(applicant, Licensing.LicensingScenario.Materials)).GetProperty("caseNumber").GetString()!;

        var html = await Page("/licensing/progress?case=" + number);
        Assert.Contains("申请材料接收凭证", html);
        Assert.Contains("已接收", html);
        Assert.DoesNotContain("张三", html);
        var english = await Page($"/licensing/progress?case={number}&lang=en");
        Assert.Contains("Receipt of application materials", english);
        Assert.Contains("No case has this number", await Page("/licensing/progress?case=L-NONE&lang=en"));
    }

    [Fact]
    public async Task Agencies_page_lists_registered_agencies()
    {
        var html = await Page("/agencies?lang=en");

        Assert.Contains("Registered agencies", html);
        Assert.Contains("<td>", html);
    }

    [Theory]
    [InlineData("/tenders/NO-SUCH-TENDER")]
    [InlineData("/tenders/NO-SUCH-TENDER?lang=en")]
    [InlineData("/tenders/DEMO-T1")]
    public async Task Unknown_or_unpublished_tender_is_not_found(string path)
    {
        await platform.Services.GetRequiredService<DemoSeeder>().SeedAsync();
        using var client = platform.ClientAs(null);

        using var response = await client.GetAsync(path);

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.StartsWith("text/html", response.Content.Headers.ContentType?.ToString());
        var html = WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync());
        Assert.Contains(path.EndsWith("lang=en", StringComparison.Ordinal) ? "Page or tender not found" : "未找到该页面或招标项目", html);
        Assert.DoesNotContain("滨江大道改造工程施工二标段", html);
    }

    [Fact]
    public async Task Opening_hall_before_the_deadline_says_when_it_opens_and_shows_no_bids()
    {
        var html = await Page("/tenders/DEMO-T3/opening");

        Assert.Contains("不见面开标大厅", html);
        Assert.Contains("投标截止后在此实时开标", html);
        Assert.DoesNotContain("id=\"rows\"", html);
        Assert.Equal(TenderHall.Api.Opening.OpeningHub.Path, TenderHall.Portal.Opening.OpeningHall.FeedPath);
        Assert.Contains($"'{TenderHall.Portal.Opening.OpeningHall.FeedPath}'", html);
        Assert.Contains("/tenders/DEMO-T3/opening", await Page("/tenders/DEMO-T3"));
    }

    [Theory]
    [InlineData("/signin", "投标人证书登录", "私钥文件不会上传")]
    [InlineData("/signin?lang=en", "Bidder certificate sign-in", "The key file is never uploaded")]
    public async Task Sign_in_page_reads_the_key_file_in_the_browser_and_names_the_tool_for_SM2(string path, string title, string local)
    {
        var html = await Page(path);

        Assert.Contains(title, html);
        Assert.Contains(local, html);
        Assert.Contains("type=\"file\"", html);
        Assert.Contains("tenderhall-bid login --certificate", html);
        // Nothing of the form can be posted: no method, no named inputs; the script signs and keeps the token in the tab.
        Assert.DoesNotContain("method=\"post\"", html, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain(" name=\"", html[html.IndexOf("<form id=\"signin\"", StringComparison.Ordinal)..html.IndexOf("</form>", StringComparison.Ordinal)]);
        Assert.Contains($"sessionStorage.setItem(key, token)", html);
        Assert.Contains($"'{TenderHall.Portal.Account.BrowserSession.TokenKey}'", html);
        Assert.Contains("href=\"/signin" + (path.EndsWith("lang=en", StringComparison.Ordinal) ? "?lang=en" : "") + "\"", html);
    }

    [Theory]
    [InlineData("/my", "我的投标", "尚未登录", "退出登录")]
    [InlineData("/my?lang=en", "My bids", "You are not signed in", "Sign out")]
    public async Task My_bids_page_is_a_shell_the_script_fills_with_the_tabs_token(string path, string title, string signedOut, string signOut)
    {
        var html = await Page(path);

        Assert.Contains(title, html);
        Assert.Contains(signedOut, html);
        Assert.Contains(signOut, html);
        Assert.Contains("id=\"bids\"", html);
        Assert.Contains("/api/v1/bids/mine", html);
        Assert.Contains("/api/v1/notifications", html);
        Assert.DoesNotContain("innerHTML", html);
    }

    private async Task<string> Page(string path, string? acceptLanguage = null)
    {
        await platform.Services.GetRequiredService<DemoSeeder>().SeedAsync();
        using var client = platform.ClientAs(null);
        using var request = new HttpRequestMessage(HttpMethod.Get, path);
        if (acceptLanguage is not null) request.Headers.AcceptLanguage.ParseAdd(acceptLanguage);
        using var response = await client.SendAsync(request);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.StartsWith("text/html", response.Content.Headers.ContentType?.ToString());
        // Razor components write non-ASCII text as character references (&#x6EE8;); compare what a browser shows.
        return WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync());
    }
}
