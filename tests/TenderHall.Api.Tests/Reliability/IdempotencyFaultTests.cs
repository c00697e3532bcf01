using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging.Abstractions;
using StackExchange.Redis;
using TenderHall.Api.Idempotency;
using TenderHall.Api.Tests.Platform;
using TenderHall.Grains.Contracts.Idempotency;
using TenderHall.Grains.Idempotency;

namespace TenderHall.Api.Tests.Reliability;

/// <summary>A dead request's reservation and a dead Redis never keep a bidder from retrying.</summary>
[Collection(PlatformCollection.Name)]
public sealed class IdempotencyFaultTests(PlatformFactory platform)
{
    private GrainIdempotencyStore Grains => new(platform.Services.GetRequiredService<IGrainFactory>());

    [Fact]
    public async Task A_reservation_no_longer_renewed_frees_the_key_within_its_lease_and_a_renewed_one_does_not()
    {
        var (dead, live) = ("dead-" + Guid.NewGuid().ToString("N"), "live-" + Guid.NewGuid().ToString("N"));
        Assert.Equal(IdempotencyOutcome.Proceed, (await Grains.BeginAsync(dead, "body")).Outcome);
        Assert.Equal(IdempotencyOutcome.Proceed, (await Grains.BeginAsync(live, "body")).Outcome);
        Assert.Equal(IdempotencyOutcome.InFlight, (await Grains.BeginAsync(dead, "body")).Outcome);

        platform.Clock.Advance(IdempotencyWindows.ReservationLease - IdempotencyWindows.LeaseRenewal);
        await Grains.RenewAsync(live, "body");
        platform.Clock.Advance(IdempotencyWindows.LeaseRenewal);

        Assert.Equal(IdempotencyOutcome.Proceed, (await Grains.BeginAsync(dead, "body")).Outcome);
        Assert.Equal(IdempotencyOutcome.InFlight, (await Grains.BeginAsync(live, "body")).Outcome);
    }

    [Fact]
    public async Task Without_redis_the_keys_are_kept_in_the_grains()
    {
        // A Redis that is not there: every command fails fast with a connection error.
        await using var absent = await ConnectionMultiplexer.ConnectAsync($"127.0.0.1:{FreePort.Next()},abortConnect=false,connectTimeout=200,syncTimeout=500,asyncTimeout=500");
        var store = new FallbackIdempotencyStore(new RedisIdempotencyStore(absent), Grains, NullLogger<FallbackIdempotencyStore>.Instance);
        var scope = "no-redis-" + Guid.NewGuid().ToString("N");

        Assert.Equal(IdempotencyOutcome.Proceed, (await store.BeginAsync(scope, "body")).Outcome);
        await store.CompleteAsync(scope, "body", new IdempotentResponse { StatusCode = 201, Body = [1, 2, 3] });
        var replay = await store.BeginAsync(scope, "body");
        Assert.Equal(IdempotencyOutcome.Replay, replay.Outcome);
        Assert.Equal([1, 2, 3], replay.Response!.Body);
    }
}
