using System.Net;
using System.Net.Http.Json;
using Microsoft.Extensions.DependencyInjection;
using TenderHall.Grains.Contracts.Accounts;
using TenderHall.Grains.Contracts.Registry;

namespace TenderHall.Api.Tests.Platform;

[Collection(PlatformCollection.Name)]
public sealed class IdempotencyTests(PlatformFactory platform)
{
    [Fact]
    public async Task A_retry_with_the_same_key_returns_the_first_result()
    {
        using var client = platform.ClientAs(Roles.CentreAdmin);
        var id = "expert-idem-" + Guid.NewGuid().ToString("N")[..8];
        var body = Expert(id, "李建华");
        var key = Guid.NewGuid().ToString();

        using var first = await Post(client, "/api/v1/experts", body, key);
        using var retry = await Post(client, "/api/v1/experts", body, key);

        Assert.Equal(HttpStatusCode.Created, first.StatusCode);
        Assert.Equal(HttpStatusCode.Created, retry.StatusCode);
        Assert.Equal(await first.Content.ReadAsStringAsync(), await retry.Content.ReadAsStringAsync());
        Assert.Equal(first.Headers.Location, retry.Headers.Location);
        Assert.True(retry.Headers.Contains("Idempotent-Replayed"));
        Assert.False(first.Headers.Contains("Idempotent-Replayed"));
    }

    [Fact]
    public async Task The_same_key_with_a_different_body_is_refused_and_changes_nothing()
    {
        using var client = platform.ClientAs(Roles.CentreAdmin);
        var id = "expert-idem-" + Guid.NewGuid().ToString("N")[..8];
        var other = "expert-idem-" + Guid.NewGuid().ToString("N")[..8];
        var key = Guid.NewGuid().ToString();

        using var first = await Post(client, "/api/v1/experts", Expert(id, "王芳"), key);
        using var reuse = await Post(client, "/api/v1/experts", Expert(other, "陈明"), key);

        Assert.Equal(HttpStatusCode.Created, first.StatusCode);
        await ProblemAssert.IsRule(reuse, HttpStatusCode.UnprocessableEntity, "IDEMPOTENCY-MISMATCH");
        var grains = platform.Services.GetRequiredService<IGrainFactory>();
        Assert.Null(await grains.GetGrain<IExpertGrain>(other).Get());
    }

    [Fact]
    public async Task Keys_of_different_callers_never_replay_each_other()
    {
        using var alice = platform.ClientAs(Roles.CentreAdmin, userName: "alice");
        using var bob = platform.ClientAs(Roles.CentreAdmin, userName: "bob");
        var key = Guid.NewGuid().ToString();
        var a = "expert-idem-" + Guid.NewGuid().ToString("N")[..8];
        var b = "expert-idem-" + Guid.NewGuid().ToString("N")[..8];

        using var fromAlice = await Post(alice, "/api/v1/experts", Expert(a, "赵勇"), key);
        using var fromBob = await Post(bob, "/api/v1/experts", Expert(b, "孙杰"), key);

        Assert.Equal(HttpStatusCode.Created, fromBob.StatusCode);
        Assert.False(fromBob.Headers.Contains("Idempotent-Replayed"));
        var grains = platform.Services.GetRequiredService<IGrainFactory>();
        Assert.NotNull(await grains.GetGrain<IExpertGrain>(b).Get());
    }

    [Fact]
    public async Task A_malformed_key_is_refused()
    {
        using var client = platform.ClientAs(Roles.CentreAdmin);
        using var response = await Post(client, "/api/v1/experts", Expert("expert-x", "x"), new string('k', 200));
        await ProblemAssert.IsRule(response, HttpStatusCode.BadRequest, "IDEMPOTENCY-KEY");
    }

    /// <summary>A new expert's registration, the body of an idempotent POST.</summary>
    internal static object Expert(string id, string name) => new
    {
        id, name, specialties = new[] { "A01" }, employerCreditCode = EmployerCode, employerName = "海南大学", title = "高级工程师",
        titleLevel = "Senior", yearsInField = 12, region = "460100", mobile = "13900000000",
    };

    private static readonly string EmployerCode = TestCreditCodes.New("12");

    /// <summary>POSTs <paramref name="body"/> with an Idempotency-Key.</summary>
    internal static async Task<HttpResponseMessage> Post(HttpClient client, string path, object body, string key)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, path) { Content = JsonContent.Create(body) };
        request.Headers.Add("Idempotency-Key", key);
        return await client.SendAsync(request);
    }
}
