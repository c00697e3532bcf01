using System.Net;
using System.Text.Json;

namespace TenderHall.Api.Tests.Platform;

[Collection(PlatformCollection.Name)]
public sealed class HealthTests(PlatformFactory platform)
{
    [Fact]
    public async Task Live_answers_without_sign_in()
    {
        using var client = platform.ClientAs(null);
        using var response = await client.GetAsync("/health/live");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    [Fact]
    public async Task Ready_checks_the_database_and_the_silo()
    {
        using var client = platform.ClientAs(null);
        using var response = await client.GetAsync("/health/ready");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var checks = JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement.GetProperty("checks");
        Assert.Equal("Healthy", checks.GetProperty("database").GetProperty("status").GetString());
        Assert.Equal("Healthy", checks.GetProperty("silo").GetProperty("status").GetString());
        Assert.False(checks.TryGetProperty("redis", out _));
    }
}
