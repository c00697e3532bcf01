using System.Net;
using System.Net.Http.Json;
using Microsoft.Extensions.DependencyInjection;
using TenderHall.Api.Tests.Platform;
using TenderHall.Grains.Contracts.Accounts;
using TenderHall.Grains.Contracts.Registry;

namespace TenderHall.Api.Tests.Hall;

/// <summary>Anonymous ticket-taking is limited per client address and per signed-in account (HALL-TICKET-RATE).</summary>
public sealed class TicketLimitTests(TicketLimitTests.LimitedPlatform platform) : IClassFixture<TicketLimitTests.LimitedPlatform>
{
    private const int PerAddress = 3, PerAccount = 2;

    [Fact]
    public async Task The_ticket_after_an_addresss_budget_is_refused_with_retry_after_while_another_address_takes_one()
    {
        var window = await Window();
        using var kiosk = From("203.0.113.41");
        for (var i = 1; i <= PerAddress; i++) Assert.Equal(HttpStatusCode.Created, (await Take(kiosk, window)).StatusCode);

        using var refused = await Take(kiosk, window);
        var problem = await ProblemAssert.IsRule(refused, HttpStatusCode.TooManyRequests, "HALL-TICKET-RATE");
        Assert.Equal(TimeSpan.FromHours(1), refused.Headers.RetryAfter?.Delta);
        Assert.Equal("3600", problem.GetProperty("values").GetProperty("seconds").GetString());
        // Refused before the queue was touched: the next address gets the next number.
        using var other = From("198.51.100.41");
        using var taken = await Take(other, window);
        Assert.Equal(HttpStatusCode.Created, taken.StatusCode);
        Assert.Equal("A004", (await taken.Content.ReadFromJsonAsync<System.Text.Json.JsonElement>()).GetProperty("ticket").GetProperty("code").GetString());

        platform.RateLimitClock.Advance(TimeSpan.FromHours(1));
        Assert.Equal(HttpStatusCode.Created, (await Take(kiosk, window)).StatusCode);
    }

    [Fact]
    public async Task A_signed_in_account_is_limited_from_any_address_and_answered_in_the_callers_language()
    {
        var window = await Window();
        var user = "ticket-user-" + Guid.NewGuid().ToString("N")[..8];
        for (var i = 1; i <= PerAccount; i++)
        {
            using var client = From($"192.0.2.{50 + i}", user);
            Assert.Equal(HttpStatusCode.Created, (await Take(client, window)).StatusCode);
        }

        using var fresh = From("192.0.2.60", user);
        fresh.DefaultRequestHeaders.AcceptLanguage.ParseAdd("zh-CN");
        var problem = await ProblemAssert.IsRule(await Take(fresh, window), HttpStatusCode.TooManyRequests, "HALL-TICKET-RATE");
        Assert.Contains("秒后重试", problem.GetProperty("detail").GetString());
        using var anonymous = From("192.0.2.60");
        Assert.Equal(HttpStatusCode.Created, (await Take(anonymous, window)).StatusCode);
    }

    private async Task<string> Window()
    {
        var department = "dept-" + Guid.NewGuid().ToString("N")[..10];
        await platform.Services.GetRequiredService<IGrainFactory>().GetGrain<IOrganizationGrain>(department).Register(new OrganizationProfile
        {
            Kind = OrganizationKind.Department, NameZh = "住建局", NameEn = "Housing", CreditCode = TestCreditCodes.New("11"),
        });
        return department;
    }

    private HttpClient From(string address, string? user = null)
    {
        var client = user is null ? platform.ClientAs(null) : platform.ClientAs(Roles.Bidder, "org-" + user, user);
        client.DefaultRequestHeaders.Add(TestClientAddress.Header, address);
        return client;
    }

    private static Task<HttpResponseMessage> Take(HttpClient client, string window) => client.PostAsJsonAsync($"/api/v1/hall/windows/{window}/tickets", new { });

    /// <summary>A platform whose ticket limits are low enough to reach.</summary>
    public sealed class LimitedPlatform : PlatformFactory
    {
        /// <inheritdoc />
        protected override IEnumerable<(string Key, string Value)> Settings() =>
        [
            ("TenderHall:RateLimits:TicketsPerAddress:Limit", PerAddress.ToString(System.Globalization.CultureInfo.InvariantCulture)),
            ("TenderHall:RateLimits:TicketsPerAccount:Limit", PerAccount.ToString(System.Globalization.CultureInfo.InvariantCulture)),
        ];
    }
}
