using Microsoft.Extensions.Diagnostics.HealthChecks;
using StackExchange.Redis;

namespace TenderHall.Api.Health;

/// <summary>Ready when Redis answers PING.</summary>
public sealed class RedisHealthCheck(IConnectionMultiplexer redis) : IHealthCheck
{
    /// <inheritdoc />
    public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        try
        {
            var latency = await redis.GetDatabase().PingAsync();
            return HealthCheckResult.Healthy($"Redis answers in {latency.TotalMilliseconds:F1} ms");
        }
        catch (RedisException e)
        {
            return HealthCheckResult.Unhealthy("Redis does not answer: " + e.Message);
        }
    }
}
