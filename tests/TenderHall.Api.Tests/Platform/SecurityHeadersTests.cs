using System.Net;
using System.Net.Http.Json;
using System.Text.RegularExpressions;
using Microsoft.Extensions.DependencyInjection;
using TenderHall.Grains.Contracts.Accounts;

namespace TenderHall.Api.Tests.Platform;

[Collection(PlatformCollection.Name)]
public sealed partial class SecurityHeadersTests(PlatformFactory platform)
{
    [Theory]
    [InlineData("/")]
    [InlineData("/signin")]
    [InlineData("/tenders/DEMO-T3/opening")]
    [InlineData("/api/v1/tenders")]
    [InlineData("/api/v1/no-such-thing")]
    [InlineData("/api/v1/auth/me")]
    [InlineData("/openapi/v1.json")]
    public async Task Every_answer_carries_the_security_headers(string path)
    {
        using var client = platform.ClientAs(null);
        using var response = await client.GetAsync(path);

        Assert.Equal("nosniff", Header(response, "X-Content-Type-Options"));
        Assert.Equal("no-referrer", Header(response, "Referrer-Policy"));
        Assert.Contains("frame-ancestors 'none'", Header(response, "Content-Security-Policy"));
        Assert.False(response.Headers.Contains("Strict-Transport-Security"), "HSTS is only sent over TLS");
    }

    [Fact]
    public async Task A_refusal_carries_the_headers_too()
    {
        using var client = platform.ClientAs(null);
        using var response = await client.PostAsJsonAsync("/api/v1/auth/token", new { userName = "nobody-" + Guid.NewGuid().ToString("N")[..6], password = "x" });

        await ProblemAssert.IsRule(response, HttpStatusCode.Forbidden, "AUTH-CREDENTIALS");
        Assert.Equal("nosniff", Header(response, "X-Content-Type-Options"));
        Assert.Equal("default-src 'none'; frame-ancestors 'none'", Header(response, "Content-Security-Policy"));
    }

    [Fact]
    public async Task A_page_runs_only_scripts_and_styles_with_its_own_nonce_and_has_no_inline_handlers()
    {
        using var client = platform.ClientAs(null);
        using var first = await client.GetAsync("/signin");
        using var second = await client.GetAsync("/signin");
        var policy = Header(first, "Content-Security-Policy");
        var html = await first.Content.ReadAsStringAsync();

        var nonce = NonceSource().Match(policy).Groups[1].Value;
        Assert.NotEmpty(nonce);
        Assert.DoesNotContain(nonce, Header(second, "Content-Security-Policy"));
        Assert.DoesNotContain("unsafe-inline", policy);
        Assert.Contains("default-src 'none'", policy);
        var executable = ScriptOrStyle().Matches(html).Select(m => m.Value).Where(tag => !tag.Contains("application/json", StringComparison.Ordinal)).ToList();
        Assert.Equal(2, executable.Count);
        Assert.All(executable, tag => Assert.Contains($"nonce=\"{nonce}\"", tag));
        Assert.DoesNotMatch(InlineHandler(), html);
    }

    [Fact]
    public async Task Over_TLS_every_answer_carries_HSTS()
    {
        using var client = platform.CreateClient(new() { BaseAddress = new Uri("https://tenderhall.example") });
        using var page = await client.GetAsync("/");
        using var api = await client.GetAsync("/api/v1/no-such-thing");

        Assert.Equal("max-age=31536000; includeSubDomains", Header(page, "Strict-Transport-Security"));
        Assert.Equal("max-age=31536000; includeSubDomains", Header(api, "Strict-Transport-Security"));
    }

    [Fact]
    public async Task An_unknown_api_path_is_404_problem_details_for_anonymous_callers()
    {
        using var client = platform.ClientAs(null);
        using var get = await client.GetAsync("/api/v1/no-such-thing");
        using var post = await client.PostAsync("/api/v1/no/such/thing", null);

        await ProblemAssert.IsRule(get, HttpStatusCode.NotFound, "REQ-NOT-FOUND");
        await ProblemAssert.IsRule(post, HttpStatusCode.NotFound, "REQ-NOT-FOUND");
    }

    [Fact]
    public async Task A_token_answer_may_not_be_cached()
    {
        var user = "cache-" + Guid.NewGuid().ToString("N")[..8];
        await platform.Services.GetRequiredService<IGrainFactory>().GetGrain<IAccountGrain>(user)
            .Create(new AccountInfo { DisplayName = user, Roles = [Roles.Bidder] }, "s3cret-pass");
        using var client = platform.ClientAs(null);
        using var response = await client.PostAsJsonAsync("/api/v1/auth/token", new { userName = user, password = "s3cret-pass" });

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.True(response.Headers.CacheControl?.NoStore, "Cache-Control: no-store");
    }

    private static string Header(HttpResponseMessage response, string name) =>
        response.Headers.TryGetValues(name, out var values) ? string.Join(", ", values) : throw new Xunit.Sdk.XunitException($"{name} is missing on {response.RequestMessage?.RequestUri}");

    [GeneratedRegex("script-src 'nonce-([A-Za-z0-9+/=]+)'")]
    private static partial Regex NonceSource();

    [GeneratedRegex("<(script|style)\\b[^>]*>")]
    private static partial Regex ScriptOrStyle();

    [GeneratedRegex("<[^>]+\\son[a-z]+\\s*=", RegexOptions.IgnoreCase)]
    private static partial Regex InlineHandler();
}
