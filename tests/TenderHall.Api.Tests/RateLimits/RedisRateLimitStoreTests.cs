using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;
using StackExchange.Redis;
using TenderHall.Api.RateLimits;
using TenderHall.Api.Tests.Platform;

namespace TenderHall.Api.Tests.RateLimits;

public sealed class RedisRateLimitStoreTests : RateLimitStoreContract, IAsyncLifetime
{
    private ConnectionMultiplexer redis = null!;

    public async Task InitializeAsync() => redis = await ConnectionMultiplexer.ConnectAsync(TestRedis.Address());

    public async Task DisposeAsync() => await redis.DisposeAsync();

    protected override IRateLimitStore Store() => new RedisRateLimitStore(redis, Time, NullLogger<RedisRateLimitStore>.Instance);

    [Fact]
    public async Task Two_instances_on_their_own_connections_share_one_count()
    {
        await using var other = await ConnectionMultiplexer.ConnectAsync(TestRedis.Address());
        var first = Store();
        var second = new RedisRateLimitStore(other, Time, NullLogger<RedisRateLimitStore>.Instance);
        var key = NewKey();

        await first.HitAsync(key, 3, TimeSpan.FromMinutes(15));
        await second.HitAsync(key, 3, TimeSpan.FromMinutes(15));
        var third = await first.HitAsync(key, 3, TimeSpan.FromMinutes(15));
        Assert.True(third.Exhausts);
        Assert.False((await second.HitAsync(key, 3, TimeSpan.FromMinutes(15))).Allowed);

        await second.ResetAsync(key);
        Assert.Equal(1, (await first.HitAsync(key, 3, TimeSpan.FromMinutes(15))).Count);
    }

    [Fact]
    public async Task A_window_is_one_prefixed_key_that_Redis_expires_with_the_window()
    {
        var key = NewKey();
        await Store().HitAsync(key, 5, TimeSpan.FromMinutes(15));
        var ttl = await redis.GetDatabase().KeyTimeToLiveAsync("tenderhall:rl:" + key);
        Assert.NotNull(ttl);
        Assert.InRange(ttl.Value, TimeSpan.FromMinutes(14), TimeSpan.FromMinutes(15));
    }

    [Fact]
    public async Task An_unreachable_Redis_lets_every_hit_through_at_once_and_logs_a_warning()
    {
        var options = ConfigurationOptions.Parse($"127.0.0.1:{FreePort.Next()}");
        options.AbortOnConnectFail = false;
        await using var down = await ConnectionMultiplexer.ConnectAsync(options);
        var logger = new RecordingLogger<RedisRateLimitStore>();
        var store = new RedisRateLimitStore(down, Time, logger);
        var key = NewKey();

        for (var i = 0; i < 3; i++) Assert.True((await store.HitAsync(key, 1, TimeSpan.FromMinutes(15))).Allowed);
        await store.ReturnAsync(key);
        await store.ResetAsync(key);

        Assert.Equal(5, logger.Entries.Count(e => e.Level == LogLevel.Warning && e.Message.StartsWith("Rate limits fail open", StringComparison.Ordinal)));
    }
}
