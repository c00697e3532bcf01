using System.Net;
using System.Net.Http.Json;
using System.Text;
using TenderHall.Grains.Contracts.Accounts;

namespace TenderHall.Api.Tests.Platform;

[Collection(PlatformCollection.Name)]
public sealed class ProblemDetailsTests(PlatformFactory platform)
{
    [Fact]
    public async Task Malformed_json_is_refused_with_REQ_INVALID()
    {
        using var client = platform.ClientAs(Roles.CentreAdmin);
        using var response = await client.PostAsync("/api/v1/organizations", new StringContent("{\"id\": ", Encoding.UTF8, "application/json"));
        await ProblemAssert.IsRule(response, HttpStatusCode.BadRequest, "REQ-INVALID");
    }

    [Fact]
    public async Task A_bad_credit_code_names_the_rule_and_writes_nothing()
    {
        using var client = platform.ClientAs(Roles.CentreAdmin);
        var id = "agency-bad-" + Guid.NewGuid().ToString("N")[..8];
        using var response = await client.PostAsJsonAsync("/api/v1/organizations",
            new { id, kind = "Agency", nameZh = "测试代理", nameEn = "Test agency", creditCode = "91460100MA5T00000X" });
        var problem = await ProblemAssert.IsRule(response, HttpStatusCode.UnprocessableEntity, "DIR-CREDIT-CODE");
        Assert.Equal("GB 32100-2015 (unified social credit code)", problem.GetProperty("source").GetString());

        using var anonymous = platform.ClientAs(null);
        using var lookup = await anonymous.GetAsync($"/api/v1/agencies/{id}");
        await ProblemAssert.IsRule(lookup, HttpStatusCode.NotFound, "DIR-NOT-FOUND");
        var page = await anonymous.GetFromJsonAsync<PageOfIds>("/api/v1/agencies?take=200");
        Assert.DoesNotContain(page!.Items, o => o.Id == id);
    }

    [Fact]
    public async Task Problems_are_written_in_chinese_when_the_caller_prefers_it()
    {
        using var client = platform.ClientAs(null);
        client.DefaultRequestHeaders.AcceptLanguage.ParseAdd("zh-CN,zh;q=0.9,en;q=0.5");
        using var response = await client.GetAsync("/api/v1/experts");
        var problem = await ProblemAssert.IsRule(response, HttpStatusCode.Unauthorized, "AUTH-REQUIRED");
        Assert.Contains("请先登录", problem.GetProperty("detail").GetString());
    }

    [Fact]
    public async Task A_wrong_role_gets_AUTH_FORBIDDEN_in_english_by_default()
    {
        using var client = platform.ClientAs(Roles.Bidder);
        using var response = await client.GetAsync("/api/v1/experts");
        var problem = await ProblemAssert.IsRule(response, HttpStatusCode.Forbidden, "AUTH-FORBIDDEN");
        Assert.Contains("role", problem.GetProperty("detail").GetString());
    }

    [Fact]
    public async Task Out_of_range_paging_is_refused_with_the_field_named()
    {
        using var client = platform.ClientAs(null);
        using var response = await client.GetAsync("/api/v1/agencies?take=5000");
        var problem = await ProblemAssert.IsRule(response, HttpStatusCode.UnprocessableEntity, "REQ-FIELD");
        Assert.Equal("take", problem.GetProperty("values").GetProperty("field").GetString());
    }

    [Fact]
    public async Task An_unknown_address_is_a_problem_not_an_empty_404()
    {
        using var client = platform.ClientAs(Roles.CentreAdmin);
        using var response = await client.GetAsync("/api/v1/no-such-thing");
        await ProblemAssert.IsRule(response, HttpStatusCode.NotFound, "REQ-NOT-FOUND");
    }

    [Fact]
    public async Task A_method_an_address_does_not_serve_is_405_with_allow_even_for_an_anonymous_caller()
    {
        using var client = platform.ClientAs(null);
        using var response = await client.DeleteAsync("/api/v1/tenders");
        await ProblemAssert.IsRule(response, HttpStatusCode.MethodNotAllowed, "REQ-METHOD");
        Assert.Contains("GET", response.Content.Headers.Allow);
    }

    private sealed record IdOnly(string Id);

    private sealed record PageOfIds(List<IdOnly> Items, int Total);
}
