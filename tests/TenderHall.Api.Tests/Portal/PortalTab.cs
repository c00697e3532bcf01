using System.Text.Json;
using Microsoft.Playwright;
using TenderHall.Portal.Account;

namespace TenderHall.Api.Tests.Portal;

/// <summary>A browser tab signed in as a test client (its bearer token in the tab's sessionStorage, where sign-in puts it).</summary>
internal sealed class PortalTab
{
    private PortalTab(IPage page) => Page = page;

    public IPage Page { get; }

    /// <summary>
    /// Opens <paramref name="path"/> in a new tab (a browser context of its own) in <paramref name="locale"/>; with
    /// <paramref name="bypassCsp"/> the context lets axe-core's injected engine run despite the page's policy.
    /// </summary>
    public static async Task<PortalTab> Open(BrowserPlatform browser, HttpClient client, string path, string locale, bool bypassCsp = false) =>
        await Start(browser, await browser.Browser.NewPageAsync(new() { Locale = locale, BypassCSP = bypassCsp }), client, path);

    /// <summary>Opens <paramref name="path"/> in a new tab of <paramref name="context"/> (one browser context per role), signed in as <paramref name="client"/>.</summary>
    public static async Task<PortalTab> Open(BrowserPlatform browser, IBrowserContext context, HttpClient client, string path) =>
        await Start(browser, await context.NewPageAsync(), client, path);

    private static async Task<PortalTab> Start(BrowserPlatform browser, IPage page, HttpClient client, string path)
    {
        var token = client.DefaultRequestHeaders.Authorization!.Parameter!;
        await page.AddInitScriptAsync($"sessionStorage.setItem({JsonSerializer.Serialize(BrowserSession.TokenKey)}, {JsonSerializer.Serialize(token)});");
        await page.GotoAsync(new Uri(browser.BaseAddress, path).ToString());
        return new PortalTab(page);
    }

    /// <summary>A tab already open on a page without a token (a visitor's, the hall's kiosk or big screen).</summary>
    public static PortalTab Wrap(IPage page) => new(page);

    /// <summary>Clicks <paramref name="selector"/> and waits until the page's script is done with it; true when it succeeded.</summary>
    public async Task<bool> Click(string selector)
    {
        await Page.EvaluateAsync("() => { document.body.dataset.page = ''; }");
        await Page.ClickAsync(selector);
        return await Done();
    }

    /// <summary>Waits for the script's last work to end; true when it succeeded, false when the error summary shows a refusal.</summary>
    public async Task<bool> Done()
    {
        await Page.WaitForSelectorAsync("body[data-page=ready], body[data-page=failed]", new() { Timeout = 30_000 });
        return await Page.GetAttributeAsync("body", "data-page") == "ready";
    }

    /// <summary>The error summary: the rule code, then the platform's words.</summary>
    public Task<string> Errors() => Page.InnerTextAsync("#errors");

    public Task<string> Text(string selector) => Page.InnerTextAsync(selector);
}
