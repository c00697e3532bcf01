using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.Playwright;
using TenderHall.Api.Tests.Opening;
using TenderHall.Api.Tests.Tendering;

namespace TenderHall.Api.Tests.Portal;

/// <summary>The public watches the online opening in a real browser: the hall updates itself from the live feed.</summary>
public sealed class OpeningHallBrowserTests(BrowserPlatform browser) : IClassFixture<BrowserPlatform>
{
    [Fact]
    public async Task The_hall_shows_check_in_decryption_and_prices_live_without_a_reload()
    {
        var o = await OpeningScenario.Create(browser.Platform, bids: 3);
        var page = await browser.Browser.NewPageAsync(new() { Locale = "zh-CN" });
        await page.GotoAsync(new Uri(browser.BaseAddress, $"/tenders/{o.Tender.TenderId}/opening").ToString());
        await page.WaitForSelectorAsync("body[data-feed=live]", new() { Timeout = 30_000 });
        Assert.Contains("尚无监督人员签到", await page.InnerTextAsync("#hall"));
        await page.EvaluateAsync("() => window.notReloaded = true");

        await o.Open(browser.Platform);

        // Three rows arrive as the background decryption publishes them; the page is the same page (no navigation).
        await page.WaitForSelectorAsync("#rows tbody tr:nth-child(3)", new() { Timeout = 60_000 });
        await page.WaitForSelectorAsync("#feed li[data-type='opening.record-published']", new() { Timeout = 30_000 });
        var hall = await page.InnerTextAsync("#hall");
        Assert.Contains("1012345.00", hall);
        Assert.Contains("supervisor-", hall);
        Assert.Contains("开标记录已公布", hall);
        Assert.True(await page.EvaluateAsync<bool>("() => window.notReloaded === true"));
        var feed = await page.InnerTextAsync("#feed");
        Assert.Contains("监督人员签到", feed);
        Assert.Contains("投标文件已解密", feed);
        Assert.Equal(3, await page.Locator("#feed li[data-type='opening.bid-decrypted']").CountAsync());
        // Over a real socket the check-in has an address: supervisors see it (EBM 49), the public and the hall do not.
        var supervised = await TenderScenario.Read(await o.Supervisor.GetAsync(o.Url));
        Assert.Equal("127.0.0.1", supervised.GetProperty("attendance")[0].GetProperty("address").GetString());
        Assert.Equal(JsonValueKind.Null, (await o.View()).GetProperty("attendance")[0].GetProperty("address").ValueKind);
        var answered = await TenderScenario.Read(await o.Bidders[0].Client.PostAsJsonAsync($"{o.Url}/response", new { confirm = true }));
        Assert.Equal(JsonValueKind.Null, answered.GetProperty("attendance")[0].GetProperty("address").ValueKind); // nor any other answer
        Assert.DoesNotContain("127.0.0.1", await page.ContentAsync());
        TenderScenario.Ok(await o.Supervisor.PostAsync($"{o.Url}/record", null));
        await page.WaitForSelectorAsync("#hall a[href$='/opening/record.pdf']", new() { Timeout = 30_000 });
    }
}
