using System.Net;
using System.Net.Http.Json;
using Microsoft.Extensions.DependencyInjection;
using TenderHall.Api.Tests.Platform;
using TenderHall.Grains.Contracts.Accounts;
using TenderHall.Grains.Contracts.Supervision;
using TenderHall.Grains.Supervision;
using TenderHall.Grains.Contracts.Time;

namespace TenderHall.Api.Tests.RateLimits;

[Collection(PlatformCollection.Name)]
public sealed class SignInLimitTests(PlatformFactory platform)
{
    private const string Password = "right-pass";

    [Fact]
    public async Task The_sixth_failed_password_sign_in_is_refused_with_retry_after_and_so_is_the_right_password_until_the_window_ends()
    {
        var user = await NewAccount();
        using var client = platform.ClientAs(null);
        for (var i = 0; i < 5; i++) await ProblemAssert.IsRule(await SignIn(client, user, "wrong"), HttpStatusCode.Forbidden, "AUTH-CREDENTIALS");

        platform.RateLimitClock.Advance(TimeSpan.FromMinutes(5));
        using var sixth = await SignIn(client, user, "wrong");
        var problem = await ProblemAssert.IsRule(sixth, HttpStatusCode.TooManyRequests, "AUTH-RATE");
        Assert.Equal(TimeSpan.FromMinutes(10), sixth.Headers.RetryAfter?.Delta);
        Assert.Equal("600", problem.GetProperty("values").GetProperty("seconds").GetString());
        using var right = await SignIn(client, user, Password);
        await ProblemAssert.IsRule(right, HttpStatusCode.TooManyRequests, "AUTH-RATE");

        platform.RateLimitClock.Advance(TimeSpan.FromMinutes(10));
        using var after = await SignIn(client, user, Password);
        Assert.Equal(HttpStatusCode.OK, after.StatusCode);
    }

    [Fact]
    public async Task A_paused_account_leaves_other_accounts_signing_in()
    {
        var (victim, other) = (await NewAccount(), await NewAccount());
        using var client = platform.ClientAs(null);
        for (var i = 0; i < 6; i++) (await SignIn(client, victim, "wrong")).Dispose();
        await ProblemAssert.IsRule(await SignIn(client, victim, Password), HttpStatusCode.TooManyRequests, "AUTH-RATE");

        using var response = await SignIn(client, other, Password);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    [Fact]
    public async Task A_success_before_the_limit_gives_the_account_its_full_budget_again()
    {
        var user = await NewAccount();
        using var client = platform.ClientAs(null);
        for (var i = 0; i < 4; i++) (await SignIn(client, user, "wrong")).Dispose();
        Assert.Equal(HttpStatusCode.OK, (await SignIn(client, user, Password)).StatusCode);

        for (var i = 0; i < 5; i++) await ProblemAssert.IsRule(await SignIn(client, user, "wrong"), HttpStatusCode.Forbidden, "AUTH-CREDENTIALS");
        await ProblemAssert.IsRule(await SignIn(client, user, "wrong"), HttpStatusCode.TooManyRequests, "AUTH-RATE");
    }

    [Fact]
    public async Task An_unknown_user_name_is_paused_like_an_account_so_the_answer_does_not_tell_whether_it_exists()
    {
        var nobody = "nobody-" + Guid.NewGuid().ToString("N")[..8];
        using var client = platform.ClientAs(null);
        for (var i = 0; i < 5; i++) await ProblemAssert.IsRule(await SignIn(client, nobody, "wrong"), HttpStatusCode.Forbidden, "AUTH-CREDENTIALS");
        await ProblemAssert.IsRule(await SignIn(client, nobody, "wrong"), HttpStatusCode.TooManyRequests, "AUTH-RATE");
    }

    [Fact]
    public async Task An_account_that_runs_out_of_attempts_is_reported_to_supervision_once_per_window_in_the_callers_language()
    {
        var user = await NewAccount();
        using var client = platform.ClientAs(null);
        client.DefaultRequestHeaders.AcceptLanguage.ParseAdd("zh-CN");
        for (var i = 0; i < 8; i++) (await SignIn(client, user, "wrong")).Dispose();
        var problem = await ProblemAssert.IsRule(await SignIn(client, user, "wrong"), HttpStatusCode.TooManyRequests, "AUTH-RATE");
        Assert.Contains("秒后重试", problem.GetProperty("detail").GetString());

        var alarm = Assert.Single(await Alarms("account/" + user));
        Assert.Equal(AlarmSeverity.Warning, alarm.Severity);
        Assert.Equal("AUTH-RATE", alarm.Code);
        Assert.Contains("5 failed sign-ins", alarm.Message);
    }

    [Fact]
    public async Task The_sixth_failed_certificate_sign_in_of_an_organisation_is_refused_and_reported()
    {
        var organization = "org-" + Guid.NewGuid().ToString("N")[..8];
        using var client = platform.ClientAs(null);
        for (var i = 0; i < 5; i++) await ProblemAssert.IsRule(await CertificateSignIn(client, organization), HttpStatusCode.Forbidden, "AUTH-CERTIFICATE");

        using var sixth = await CertificateSignIn(client, organization);
        await ProblemAssert.IsRule(sixth, HttpStatusCode.TooManyRequests, "AUTH-RATE");
        Assert.NotNull(sixth.Headers.RetryAfter?.Delta);
        Assert.Single(await Alarms("organization/" + organization));
    }

    [Fact]
    public async Task A_competitor_failing_a_bidders_sign_in_on_purpose_pauses_only_its_own_address()
    {
        var user = await NewAccount();
        var organization = "org-" + Guid.NewGuid().ToString("N")[..8];
        using var attacker = From("203.0.113.7");
        // Far more than the account's budget across all addresses (50): refused attempts count no further.
        for (var i = 0; i < 60; i++) (await SignIn(attacker, user, "wrong")).Dispose();
        for (var i = 0; i < 6; i++) (await CertificateSignIn(attacker, organization)).Dispose();

        await ProblemAssert.IsRule(await SignIn(attacker, user, Password), HttpStatusCode.TooManyRequests, "AUTH-RATE");
        await ProblemAssert.IsRule(await CertificateSignIn(attacker, organization), HttpStatusCode.TooManyRequests, "AUTH-RATE");
        using var bidder = From("198.51.100.20");
        Assert.Equal(HttpStatusCode.OK, (await SignIn(bidder, user, Password)).StatusCode);
        await ProblemAssert.IsRule(await CertificateSignIn(bidder, organization), HttpStatusCode.Forbidden, "AUTH-CERTIFICATE"); // counted, not paused
        Assert.Single(await Alarms("account/" + user)); // supervision still sees the attack
    }

    [Fact]
    public async Task Failures_spread_over_many_addresses_pause_the_account_everywhere_at_fifty()
    {
        var user = await NewAccount();
        for (var address = 1; address <= 10; address++)
        {
            using var client = From($"192.0.2.{address}");
            for (var i = 0; i < 5; i++) await ProblemAssert.IsRule(await SignIn(client, user, "wrong"), HttpStatusCode.Forbidden, "AUTH-CREDENTIALS");
        }

        using var fresh = From("192.0.2.99");
        await ProblemAssert.IsRule(await SignIn(fresh, user, Password), HttpStatusCode.TooManyRequests, "AUTH-RATE");
    }

    [Fact]
    public async Task Challenges_for_one_organisation_from_one_address_are_limited_per_minute()
    {
        var organization = "org-" + Guid.NewGuid().ToString("N")[..8];
        using var client = platform.ClientAs(null);
        for (var i = 0; i < 20; i++) (await Challenge(client, organization)).EnsureSuccessStatusCode();
        using var refused = await Challenge(client, organization);
        await ProblemAssert.IsRule(refused, HttpStatusCode.TooManyRequests, "AUTH-RATE");
        Assert.Equal(TimeSpan.FromMinutes(1), refused.Headers.RetryAfter?.Delta);

        (await Challenge(client, organization + "-other")).EnsureSuccessStatusCode();
        platform.RateLimitClock.Advance(TimeSpan.FromMinutes(1));
        (await Challenge(client, organization)).EnsureSuccessStatusCode();
    }

    private async Task<string> NewAccount()
    {
        var user = "rl-" + Guid.NewGuid().ToString("N")[..8];
        await platform.Services.GetRequiredService<IGrainFactory>().GetGrain<IAccountGrain>(user)
            .Create(new AccountInfo { DisplayName = user, Roles = [Roles.Bidder], OrganizationId = "bidder-rl" }, Password);
        return user;
    }

    private HttpClient From(string address)
    {
        var client = platform.ClientAs(null);
        client.DefaultRequestHeaders.Add(TestClientAddress.Header, address);
        return client;
    }

    private static Task<HttpResponseMessage> SignIn(HttpClient client, string user, string password) =>
        client.PostAsJsonAsync("/api/v1/auth/token", new { userName = user, password });

    private static Task<HttpResponseMessage> Challenge(HttpClient client, string organization) =>
        client.PostAsJsonAsync("/api/v1/auth/challenge", new { organizationId = organization });

    private static async Task<HttpResponseMessage> CertificateSignIn(HttpClient client, string organization)
    {
        using var challenge = await Challenge(client, organization);
        var id = (await challenge.Content.ReadFromJsonAsync<System.Text.Json.JsonElement>()).GetProperty("id").GetString();
        return await client.PostAsJsonAsync("/api/v1/auth/certificate", new { challengeId = id, signature = Convert.ToBase64String(new byte[64]) });
    }

    private async Task<IEnumerable<SupervisionAlarm>> Alarms(string subject)
    {
        var day = SupervisionAlarms.DayKey(platform.Services.GetRequiredService<Grains.Contracts.Time.PlatformClock>().UtcNow);
        var alarms = await platform.Services.GetRequiredService<IGrainFactory>().GetGrain<ISupervisionAlarmsGrain>(day).List();
        return alarms.Where(a => a.Subject == subject);
    }
}
