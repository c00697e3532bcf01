using System.Net;
using System.Text.Json;

namespace TenderHall.Api.Tests.Platform;

/// <summary>Checks that a response is RFC 9457 problem details naming a rule.</summary>
internal static class ProblemAssert
{
    public static async Task<JsonElement> IsRule(HttpResponseMessage response, HttpStatusCode status, string rule)
    {
        var body = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == status, $"expected {(int)status} {rule}, got {(int)response.StatusCode}: {body}");
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        var problem = JsonDocument.Parse(body).RootElement.Clone();
        Assert.Equal(rule, problem.GetProperty("rule").GetString());
        Assert.Equal((int)status, problem.GetProperty("status").GetInt32());
        Assert.False(string.IsNullOrWhiteSpace(problem.GetProperty("detail").GetString()));
        return problem;
    }

    /// <summary>A refusal to retry later: 503 PLATFORM-UNAVAILABLE with the delay in Retry-After.</summary>
    public static async Task IsRetryLater(HttpResponseMessage response)
    {
        await IsRule(response, HttpStatusCode.ServiceUnavailable, "PLATFORM-UNAVAILABLE");
        Assert.True(response.Headers.RetryAfter?.Delta > TimeSpan.Zero, "a 503 says when to come back (Retry-After)");
    }
}
