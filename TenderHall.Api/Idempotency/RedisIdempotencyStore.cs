using System.Text.Json;
using StackExchange.Redis;
using TenderHall.Grains.Contracts.Idempotency;

namespace TenderHall.Api.Idempotency;

/// <summary>Idempotency records in Redis, shared by every API instance; each step is one atomic script.</summary>
public sealed class RedisIdempotencyStore(IConnectionMultiplexer redis) : IIdempotencyStore
{
    private const string BeginScript = """
        local req = redis.call('HGET', KEYS[1], 'req')
        if not req then
          redis.call('HSET', KEYS[1], 'req', ARGV[1])
          redis.call('PEXPIRE', KEYS[1], ARGV[2])
          return {'proceed'}
        end
        if req ~= ARGV[1] then return {'mismatch'} end
        local resp = redis.call('HGET', KEYS[1], 'resp')
        if not resp then return {'inflight'} end
        return {'replay', resp}
        """;

    private const string CompleteScript = """
        if redis.call('HGET', KEYS[1], 'req') ~= ARGV[1] then return 0 end
        redis.call('HSET', KEYS[1], 'resp', ARGV[2])
        redis.call('PEXPIRE', KEYS[1], ARGV[3])
        return 1
        """;

    private const string AbandonScript = """
        if redis.call('HGET', KEYS[1], 'req') == ARGV[1] and redis.call('HEXISTS', KEYS[1], 'resp') == 0 then
          return redis.call('DEL', KEYS[1])
        end
        return 0
        """;

    /// <inheritdoc />
    public async Task<IdempotencyBegin> BeginAsync(string scope, string requestHash)
    {
        var result = (RedisResult[])(await redis.GetDatabase().ScriptEvaluateAsync(BeginScript, [Key(scope)],
            [requestHash, (long)IdempotencyWindows.ReservationTimeout.TotalMilliseconds]))!;
        return (string?)result[0] switch
        {
            "proceed" => new(IdempotencyOutcome.Proceed, null),
            "mismatch" => new(IdempotencyOutcome.Mismatch, null),
            "inflight" => new(IdempotencyOutcome.InFlight, null),
            _ => new(IdempotencyOutcome.Replay, JsonSerializer.Deserialize<IdempotentResponse>((string)result[1]!)),
        };
    }

    /// <inheritdoc />
    public Task CompleteAsync(string scope, string requestHash, IdempotentResponse response) =>
        redis.GetDatabase().ScriptEvaluateAsync(CompleteScript, [Key(scope)],
            [requestHash, JsonSerializer.Serialize(response), (long)IdempotencyWindows.Retention.TotalMilliseconds]);

    /// <inheritdoc />
    public Task AbandonAsync(string scope, string requestHash) =>
        redis.GetDatabase().ScriptEvaluateAsync(AbandonScript, [Key(scope)], [requestHash]);

    private static RedisKey Key(string scope) => "tenderhall:idempotency:" + scope;
}
