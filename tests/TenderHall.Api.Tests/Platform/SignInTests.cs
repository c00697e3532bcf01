using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using Microsoft.Extensions.DependencyInjection;
using TenderHall.Grains.Contracts.Accounts;

namespace TenderHall.Api.Tests.Platform;

[Collection(PlatformCollection.Name)]
public sealed class SignInTests(PlatformFactory platform)
{
    [Fact]
    public async Task An_account_signs_in_and_its_token_carries_its_role_and_organisation()
    {
        var user = "agent-" + Guid.NewGuid().ToString("N")[..8];
        var grains = platform.Services.GetRequiredService<IGrainFactory>();
        await grains.GetGrain<IAccountGrain>(user).Create(
            new AccountInfo { DisplayName = "经办人", Roles = [Roles.Agency], OrganizationId = "agency-x" }, "s3cret-pass");

        using var client = platform.ClientAs(null);
        using var signIn = await client.PostAsJsonAsync("/api/v1/auth/token", new { userName = user, password = "s3cret-pass" });
        Assert.Equal(HttpStatusCode.OK, signIn.StatusCode);
        var token = await signIn.Content.ReadFromJsonAsync<Token>();

        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token!.AccessToken);
        var me = await client.GetFromJsonAsync<Me>("/api/v1/auth/me");
        Assert.Equal(user, me!.UserName);
        Assert.Equal([Roles.Agency], me.Roles);
        Assert.Equal("agency-x", me.OrganizationId);
    }

    [Fact]
    public async Task A_wrong_password_is_refused_without_saying_which_part_was_wrong()
    {
        var user = "agent-" + Guid.NewGuid().ToString("N")[..8];
        var grains = platform.Services.GetRequiredService<IGrainFactory>();
        await grains.GetGrain<IAccountGrain>(user).Create(new AccountInfo { DisplayName = "x", Roles = [Roles.Bidder] }, "right-pass");

        using var client = platform.ClientAs(null);
        using var wrongPassword = await client.PostAsJsonAsync("/api/v1/auth/token", new { userName = user, password = "wrong-pass" });
        await ProblemAssert.IsRule(wrongPassword, HttpStatusCode.Forbidden, "AUTH-CREDENTIALS");
        using var noSuchUser = await client.PostAsJsonAsync("/api/v1/auth/token", new { userName = user + "-nobody", password = "right-pass" });
        await ProblemAssert.IsRule(noSuchUser, HttpStatusCode.Forbidden, "AUTH-CREDENTIALS");
    }

    [Fact]
    public async Task A_forged_token_is_refused()
    {
        using var client = platform.ClientAs(null);
        var parts = platform.ClientAs(Roles.CentreAdmin).DefaultRequestHeaders.Authorization!.Parameter!.Split('.');
        var forged = parts[0] + "." + parts[1] + "." + new string('A', parts[2].Length);
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", forged);
        using var response = await client.GetAsync("/api/v1/auth/me");
        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
    }

    private sealed record Token(string AccessToken, string TokenType, int ExpiresIn);

    private sealed record Me(string UserName, string? Name, List<string> Roles, string? OrganizationId);
}
