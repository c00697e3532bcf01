using StackExchange.Redis;
using TenderHall.Api.Idempotency;
using TenderHall.Grains.Contracts.Idempotency;

namespace TenderHall.Api.Tests.Platform;

public sealed class RedisIdempotencyStoreTests : IAsyncLifetime
{
    private ConnectionMultiplexer redis = null!;

    public async Task InitializeAsync() => redis = await ConnectionMultiplexer.ConnectAsync(TestRedis.Address());

    public async Task DisposeAsync() => await redis.DisposeAsync();

    [Fact]
    public async Task A_key_moves_from_proceed_to_in_flight_to_replay()
    {
        var store = new RedisIdempotencyStore(redis);
        var scope = Guid.NewGuid().ToString("N");

        Assert.Equal(IdempotencyOutcome.Proceed, (await store.BeginAsync(scope, "h1")).Outcome);
        Assert.Equal(IdempotencyOutcome.InFlight, (await store.BeginAsync(scope, "h1")).Outcome);
        await store.CompleteAsync(scope, "h1", new IdempotentResponse { StatusCode = 201, ContentType = "application/json", Location = "/x", Body = "{}"u8.ToArray() });

        var replay = await store.BeginAsync(scope, "h1");
        Assert.Equal(IdempotencyOutcome.Replay, replay.Outcome);
        Assert.Equal(201, replay.Response!.StatusCode);
        Assert.Equal("/x", replay.Response.Location);
        Assert.Equal("{}"u8.ToArray(), replay.Response.Body);
    }

    [Fact]
    public async Task Another_body_under_the_same_key_is_a_mismatch()
    {
        var store = new RedisIdempotencyStore(redis);
        var scope = Guid.NewGuid().ToString("N");
        await store.BeginAsync(scope, "h1");
        Assert.Equal(IdempotencyOutcome.Mismatch, (await store.BeginAsync(scope, "h2")).Outcome);
    }

    [Fact]
    public async Task An_abandoned_reservation_frees_the_key_but_a_recorded_answer_stays()
    {
        var store = new RedisIdempotencyStore(redis);
        var scope = Guid.NewGuid().ToString("N");
        await store.BeginAsync(scope, "h1");
        await store.AbandonAsync(scope, "h1");
        Assert.Equal(IdempotencyOutcome.Proceed, (await store.BeginAsync(scope, "h1")).Outcome);

        await store.CompleteAsync(scope, "h1", new IdempotentResponse { StatusCode = 200 });
        await store.AbandonAsync(scope, "h1");
        Assert.Equal(IdempotencyOutcome.Replay, (await store.BeginAsync(scope, "h1")).Outcome);
    }

    [Fact]
    public async Task Concurrent_first_requests_let_exactly_one_proceed()
    {
        var store = new RedisIdempotencyStore(redis);
        var scope = Guid.NewGuid().ToString("N");
        var outcomes = await Task.WhenAll(Enumerable.Range(0, 20).Select(_ => store.BeginAsync(scope, "h1")));
        Assert.Single(outcomes, o => o.Outcome == IdempotencyOutcome.Proceed);
    }
}
