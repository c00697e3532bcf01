using StackExchange.Redis;

namespace TenderHall.Api.RateLimits;

/// <summary>
/// Rate-limit windows in Redis, shared by every API instance: one hash per key under <c>tenderhall:rl:</c> holding the
/// count and the window's end, changed only by atomic scripts. Window ends are judged by <see cref="TimeProvider"/>
/// (the wall clock); Redis's own expiry only clears ended windows away.
/// </summary>
public sealed partial class RedisRateLimitStore(IConnectionMultiplexer redis, TimeProvider time, ILogger<RedisRateLimitStore> logger) : IRateLimitStore
{
    /// <summary>Prefix of every key this store writes.</summary>
    public const string KeyPrefix = "tenderhall:rl:";

    private const string HitScript = """
        local now = tonumber(ARGV[1])
        local ends = tonumber(redis.call('HGET', KEYS[1], 'ends'))
        if not ends or ends <= now then
          ends = now + tonumber(ARGV[2])
          redis.call('HSET', KEYS[1], 'ends', ends, 'count', 0)
          redis.call('PEXPIRE', KEYS[1], ARGV[2])
        end
        local count = redis.call('HINCRBY', KEYS[1], 'count', 1)
        return {count, ends - now}
        """;

    private const string ReturnScript = """
        local ends = tonumber(redis.call('HGET', KEYS[1], 'ends'))
        if ends and ends > tonumber(ARGV[1]) and tonumber(redis.call('HGET', KEYS[1], 'count')) > 0 then
          redis.call('HINCRBY', KEYS[1], 'count', -1)
        end
        return 0
        """;

    /// <inheritdoc />
    public async Task<RateLimitHit> HitAsync(string key, int limit, TimeSpan window)
    {
        var result = (RedisResult[]?)await Run("hit", db => db.ScriptEvaluateAsync(HitScript, [KeyPrefix + key], [Now(), (long)window.TotalMilliseconds]));
        return result is null ? RateLimitHit.Uncounted(limit) : new RateLimitHit((long)result[0], limit, TimeSpan.FromMilliseconds((long)result[1]));
    }

    /// <inheritdoc />
    public Task ReturnAsync(string key) => Run("return", db => db.ScriptEvaluateAsync(ReturnScript, [KeyPrefix + key], [Now()]));

    /// <inheritdoc />
    public Task ResetAsync(string key) => Run("reset", db => db.KeyDeleteAsync(KeyPrefix + key));

    private long Now() => time.GetUtcNow().ToUnixTimeMilliseconds();

    // Fail open: an unreachable Redis must neither lock everyone out of signing in nor turn sign-in into a 500. The
    // request goes through uncounted (a count not returned or reset errs on the strict side until its window ends),
    // operations see the warning, and /health/ready reports Redis. While the connection is known to be down the store
    // answers at once instead of waiting in the reconnect backlog for the command timeout.
    private async Task<T?> Run<T>(string operation, Func<IDatabase, Task<T>> command)
    {
        if (!redis.IsConnected)
        {
            LogNotConnected(logger, operation);
            return default;
        }

        try
        {
            return await command(redis.GetDatabase());
        }
        catch (RedisException e)
        {
            LogFailed(logger, e, operation);
            return default;
        }
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Rate limits fail open: Redis is not connected, so a {Operation} was skipped and the request is not limited")]
    private static partial void LogNotConnected(ILogger logger, string operation);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Rate limits fail open: Redis did not answer a {Operation}, so the request is not limited")]
    private static partial void LogFailed(ILogger logger, Exception exception, string operation);
}
