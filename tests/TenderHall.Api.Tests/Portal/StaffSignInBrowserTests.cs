using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using TenderHall.Grains.Contracts.Accounts;
using TenderHall.Portal.Account;

namespace TenderHall.Api.Tests.Portal;

/// <summary>
/// Password sign-in on <c>/signin</c> for the roles that have passwords (supervisors, complainants, window staff…): back to the
/// page asked for when it is one of the site's own, otherwise to the role's desk; a wrong password refused by rule.
/// </summary>
public sealed class StaffSignInBrowserTests(BrowserPlatform browser) : IClassFixture<BrowserPlatform>
{
    [Fact]
    public async Task A_supervisor_signs_in_with_a_password_and_lands_on_the_supervision_desk_a_wrong_password_is_refused_by_rule()
    {
        var user = await Account(Roles.Supervisor, "dept-supervision");
        await using var context = await browser.Browser.NewContextAsync(new() { Locale = "zh-CN", BypassCSP = true });
        var page = await context.NewPageAsync();
        await page.GotoAsync(new Uri(browser.BaseAddress, "/signin").ToString());

        await SignIn(page, user, "wrong-password");
        await page.WaitForSelectorAsync("body[data-signin=failed]");
        Assert.StartsWith("AUTH-CREDENTIALS", await page.InnerTextAsync("#password-status"), StringComparison.Ordinal);
        Assert.Null(await page.EvaluateAsync<string?>("key => sessionStorage.getItem(key)", BrowserSession.TokenKey));

        await SignIn(page, user, Secret);
        await page.WaitForURLAsync("**/supervision", new() { WaitUntil = WaitUntilState.Commit });
        Assert.NotNull(await page.EvaluateAsync<string?>("key => sessionStorage.getItem(key)", BrowserSession.TokenKey));
        await Accessibility.AssertNoSeriousViolations(page);
    }

    [Fact]
    public async Task A_complainant_goes_back_to_the_page_it_came_from_and_never_to_another_site_in_English()
    {
        var user = await Account(Roles.Complainant, "party-" + Guid.NewGuid().ToString("N")[..6]);
        await using var context = await browser.Browser.NewContextAsync(new() { Locale = "en-US", BypassCSP = true });
        var page = await context.NewPageAsync();

        await page.GotoAsync(new Uri(browser.BaseAddress, "/signin?return=//elsewhere.example/phish").ToString());
        Assert.Equal("Sign in with a staff or personal account", await page.InnerTextAsync("#password-signin >> xpath=.. >> h2"));
        await SignIn(page, user, Secret);
        await page.WaitForURLAsync(new Uri(browser.BaseAddress, "/complaints/mine").ToString(), new() { WaitUntil = WaitUntilState.Commit });
        await Screenshots.Keep(page, "signin-staff-en");

        await page.GotoAsync(new Uri(browser.BaseAddress, "/signin?return=/my/objections").ToString());
        await SignIn(page, user, Secret);
        await page.WaitForURLAsync("**/my/objections", new() { WaitUntil = WaitUntilState.Commit });
    }

    private const string Secret = "correct-horse-battery";

    private async Task<string> Account(string role, string organization)
    {
        var user = role.ToLowerInvariant() + "-" + Guid.NewGuid().ToString("N")[..8];
        var account = new AccountInfo { UserName = user, DisplayName = user, Roles = [role], OrganizationId = organization };
        await browser.Platform.Services.GetRequiredService<IGrainFactory>().GetGrain<IAccountGrain>(user).Create(account, Secret);
        return user;
    }

    private static async Task SignIn(IPage page, string user, string password)
    {
        await page.FillAsync("#username", user);
        await page.FillAsync("#password", password);
        await page.ClickAsync("#password-signin button[type=submit]");
    }
}
