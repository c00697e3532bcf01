using System.Security.Cryptography;
using Microsoft.Playwright;
using TenderHall.Api.Tests.Tendering;

namespace TenderHall.Api.Tests.Portal;

/// <summary>The portal's pages work in Chromium under their Content-Security-Policy, and the policy is enforced.</summary>
public sealed class ContentSecurityPolicyBrowserTests(BrowserPlatform browser) : IClassFixture<BrowserPlatform>
{
    [Fact]
    public async Task The_sign_in_page_runs_its_nonced_script_and_refuses_an_injected_one()
    {
        var page = await browser.Browser.NewPageAsync(new() { Locale = "en-US" });
        var violations = await Violations(page);
        var response = await page.GotoAsync(new Uri(browser.BaseAddress, "/signin?lang=en").ToString());

        var headers = await response!.AllHeadersAsync();
        Assert.Contains("frame-ancestors 'none'", headers["content-security-policy"]);
        Assert.Equal("nosniff", headers["x-content-type-options"]);
        Assert.False(headers.ContainsKey("server"));
        // The page's script signs a challenge in the browser and shows the platform's refusal: script, fetch and WebCrypto all ran.
        using var key = ECDsa.Create(ECCurve.NamedCurves.nistP256);
        await page.FillAsync("#organization", "nobody-" + Guid.NewGuid().ToString("N")[..6]);
        await page.SetInputFilesAsync("#key", new FilePayload
        {
            Name = "signing.pem", MimeType = "application/x-pem-file", Buffer = System.Text.Encoding.ASCII.GetBytes(key.ExportPkcs8PrivateKeyPem()),
        });
        await page.ClickAsync("#signin button[type=submit]");
        await page.WaitForSelectorAsync("body[data-signin=failed]", new() { Timeout = 30_000 });
        Assert.Contains("certificate sign-in failed", await page.InnerTextAsync("#signin-status"));
        Assert.Empty(violations);

        // What an injection would add: an inline script without the nonce, and an inline event handler.
        await page.EvaluateAsync("""
            () => {
              const script = document.createElement('script');
              script.textContent = 'window.injected = true';
              document.body.append(script);
              document.body.insertAdjacentHTML('beforeend', '<img src="data:," onload="window.handler = true">');
            }
            """);
        await page.WaitForFunctionAsync("() => window.violations >= 2");
        Assert.True(await page.EvaluateAsync<bool>("() => window.injected === undefined && window.handler === undefined"));
        Assert.NotEmpty(violations);
    }

    [Fact]
    public async Task The_opening_hall_connects_to_its_live_feed_under_the_policy()
    {
        var s = new TenderScenario(browser.Platform);
        await s.Register();
        await s.Publish();
        var page = await browser.Browser.NewPageAsync(new() { Locale = "zh-CN" });
        var violations = await Violations(page);

        await page.GotoAsync(new Uri(browser.BaseAddress, $"/tenders/{s.TenderId}/opening").ToString());
        await page.WaitForSelectorAsync("body[data-feed=live]", new() { Timeout = 30_000 });

        Assert.Empty(violations);
    }

    // Every policy violation the page reports, counted in the page too (window.violations) so a test can await one.
    private static async Task<List<string>> Violations(IPage page)
    {
        var violations = new List<string>();
        page.Console += (_, message) =>
        {
            if (message.Text.Contains("Content Security Policy", StringComparison.Ordinal)) violations.Add(message.Text);
        };
        await page.AddInitScriptAsync("document.addEventListener('securitypolicyviolation', () => { window.violations = (window.violations || 0) + 1; })");
        return violations;
    }
}
