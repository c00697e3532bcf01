using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using TenderHall.Api.Clock;
using TenderHall.Api.Hosting;
using TenderHall.Api.Tests.Storage;
using TenderHall.Grains.Hosting;
using TenderHall.Grains.Storage.Schema;

namespace TenderHall.Api.Tests.Platform;

public sealed class ClusterProfileTests
{
    [Fact]
    public async Task A_cluster_instance_is_ready_only_with_postgres_redis_and_its_silo_and_refuses_password_sign_in()
    {
        await using var database = await TestDatabase.CreateAsync(DatabaseKind.PostgreSql);
        await using var factory = new ClusterFactory(database.ConnectionString);
        using var client = factory.ClientAs(null);

        using var ready = await client.GetAsync("/health/ready");
        var body = await ready.Content.ReadAsStringAsync();
        Assert.True(ready.StatusCode == HttpStatusCode.OK, body);
        var checks = JsonDocument.Parse(body).RootElement.GetProperty("checks");
        foreach (var check in new[] { "database", "silo", "redis" })
            Assert.Equal("Healthy", checks.GetProperty(check).GetProperty("status").GetString());
        Assert.Equal("PostgreSQL answers", checks.GetProperty("database").GetProperty("description").GetString());

        using var signIn = await client.PostAsJsonAsync("/api/v1/auth/token", new { userName = "admin", password = "demo1234" });
        await ProblemAssert.IsRule(signIn, HttpStatusCode.Forbidden, "AUTH-PROFILE");
    }

    [Theory]
    [InlineData(null, "redis", "TenderHall:PostgresConnectionString")]
    [InlineData("Host=x", null, "TenderHall:RedisConnectionString")]
    public void The_cluster_profile_names_the_missing_setting(string? postgres, string? redis, string named)
    {
        var options = new PlatformOptions { Profile = StorageProfile.Cluster, PostgresConnectionString = postgres, RedisConnectionString = redis };
        var error = Assert.Throws<InvalidOperationException>(() => PlatformOptionsExtensions.Validate(options, new ClockOptions()));
        Assert.Contains(named, error.Message);
    }

    [Fact]
    public void The_sandbox_clock_is_refused_in_the_cluster_profile()
    {
        var options = new PlatformOptions { Profile = StorageProfile.Cluster, PostgresConnectionString = "Host=x", RedisConnectionString = "r" };
        var error = Assert.Throws<InvalidOperationException>(() => PlatformOptionsExtensions.Validate(options, new ClockOptions { SandboxFactor = 100 }));
        Assert.Contains("CLOCK-SANDBOX", error.Message);
        PlatformOptionsExtensions.Validate(options, new ClockOptions { SandboxFactor = 1 });
    }

    private static readonly string DocumentKey = Convert.ToBase64String(
        System.Security.Cryptography.ECDsa.Create(System.Security.Cryptography.ECCurve.NamedCurves.nistP256).ExportParameters(true).D!);

    private static readonly string BankKey = Convert.ToBase64String(System.Security.Cryptography.ECDsa.Create(System.Security.Cryptography.ECCurve.NamedCurves.nistP256).ExportSubjectPublicKeyInfo());

    private sealed class ClusterFactory(string postgres) : PlatformFactory
    {
        protected override IEnumerable<(string Key, string Value)> Settings() =>
        [
            ("TenderHall:Profile", "Cluster"),
            ("TenderHall:PostgresConnectionString", postgres),
            ("TenderHall:RedisConnectionString", TestRedis.Address()),
            ("TenderHall:ServiceId", "cluster-test-" + Guid.NewGuid().ToString("N")[..8]),
            // Never contacted: no request here carries a token to validate.
            ("TenderHall:Auth:Authority", "https://127.0.0.1:9/realms/test"),
            ("TenderHall:Fees:BankPublicKey", BankKey),
            ("TenderHall:Transparency:SigningKey", Convert.ToBase64String(System.Security.Cryptography.RandomNumberGenerator.GetBytes(32))),
            ("TenderHall:Documents:SigningKey", DocumentKey),
            ("TenderHall:Experts:VrfKey", Convert.ToBase64String(System.Security.Cryptography.RandomNumberGenerator.GetBytes(32))),
        ];
    }
}
