using StackExchange.Redis;
using TenderHall.Grains.Contracts.Idempotency;

namespace TenderHall.Api.Idempotency;

/// <summary>
/// Redis while it answers, the grains when it does not: intake keeps working through a Redis outage. A key reserved in
/// Redis and retried during the outage is run again, which every idempotent endpoint tolerates (the bid box answers
/// the same envelope with the bid as it stands); refusing every bid while Redis is down would not be tolerable.
/// </summary>
public sealed partial class FallbackIdempotencyStore(RedisIdempotencyStore redis, GrainIdempotencyStore grains, ILogger<FallbackIdempotencyStore> logger)
    : IIdempotencyStore
{
    /// <inheritdoc />
    public Task<IdempotencyBegin> BeginAsync(string scope, string requestHash) =>
        Either(() => redis.BeginAsync(scope, requestHash), () => grains.BeginAsync(scope, requestHash));

    /// <inheritdoc />
    public Task CompleteAsync(string scope, string requestHash, IdempotentResponse response) =>
        Either(() => redis.CompleteAsync(scope, requestHash, response), () => grains.CompleteAsync(scope, requestHash, response));

    /// <inheritdoc />
    public Task RenewAsync(string scope, string requestHash) =>
        Either(() => redis.RenewAsync(scope, requestHash), () => grains.RenewAsync(scope, requestHash));

    /// <inheritdoc />
    public Task AbandonAsync(string scope, string requestHash) =>
        Either(() => redis.AbandonAsync(scope, requestHash), () => grains.AbandonAsync(scope, requestHash));

    private async Task Either(Func<Task> primary, Func<Task> fallback) =>
        await Either(async () => { await primary(); return true; }, async () => { await fallback(); return true; });

    private async Task<T> Either<T>(Func<Task<T>> primary, Func<Task<T>> fallback)
    {
        try
        {
            return await primary();
        }
        catch (Exception e) when (e is RedisException or TimeoutException)
        {
            LogFallback(logger, e);
            return await fallback();
        }
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Redis did not answer; the Idempotency-Key record is kept in the grains instead")]
    private static partial void LogFallback(ILogger logger, Exception exception);
}
