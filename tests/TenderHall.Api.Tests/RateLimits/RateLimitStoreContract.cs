using Microsoft.Extensions.Time.Testing;
using TenderHall.Api.RateLimits;
using TenderHall.Api.Tests.Platform;

namespace TenderHall.Api.Tests.RateLimits;

/// <summary>What every <see cref="IRateLimitStore"/> must do; each store's test class inherits these tests.</summary>
public abstract class RateLimitStoreContract
{
    private static readonly TimeSpan Window = TimeSpan.FromMinutes(15);

    protected FakeTimeProvider Time { get; } = new(PlatformFactory.Start);

    /// <summary>A store measuring windows by <see cref="Time"/>.</summary>
    protected abstract IRateLimitStore Store();

    protected static string NewKey() => "test:" + Guid.NewGuid().ToString("N");

    [Fact]
    public async Task A_window_allows_its_limit_and_refuses_the_next_hit_until_it_ends()
    {
        var store = Store();
        var key = NewKey();
        for (var i = 1; i <= 5; i++)
        {
            var hit = await store.HitAsync(key, 5, Window);
            Assert.True(hit.Allowed);
            Assert.Equal(i, hit.Count);
            Assert.Equal(i == 5, hit.Exhausts);
        }

        Time.Advance(TimeSpan.FromMinutes(10));
        var refused = await store.HitAsync(key, 5, Window);
        Assert.False(refused.Allowed);
        Assert.Equal(TimeSpan.FromMinutes(5), refused.ResetsIn);
        Assert.Equal(300, refused.RetryAfterSeconds);

        Time.Advance(TimeSpan.FromMinutes(5));
        var fresh = await store.HitAsync(key, 5, Window);
        Assert.True(fresh.Allowed);
        Assert.Equal(1, fresh.Count);
        Assert.Equal(Window, fresh.ResetsIn);
    }

    [Fact]
    public async Task Keys_are_counted_apart()
    {
        var store = Store();
        var (one, other) = (NewKey(), NewKey());
        for (var i = 0; i < 3; i++) await store.HitAsync(one, 2, Window);
        Assert.Equal(1, (await store.HitAsync(other, 2, Window)).Count);
    }

    [Fact]
    public async Task A_returned_hit_gives_its_budget_back_within_the_window_only()
    {
        var store = Store();
        var key = NewKey();
        await store.HitAsync(key, 5, Window);
        await store.HitAsync(key, 5, Window);
        await store.ReturnAsync(key);
        Assert.Equal(2, (await store.HitAsync(key, 5, Window)).Count);

        Time.Advance(Window);
        await store.ReturnAsync(key);
        await store.ReturnAsync(NewKey());
        Assert.Equal(1, (await store.HitAsync(key, 5, Window)).Count);
    }

    [Fact]
    public async Task A_reset_key_starts_a_new_window()
    {
        var store = Store();
        var key = NewKey();
        for (var i = 0; i < 6; i++) await store.HitAsync(key, 5, Window);
        await store.ResetAsync(key);
        var hit = await store.HitAsync(key, 5, Window);
        Assert.Equal(1, hit.Count);
        Assert.True(hit.Allowed);
    }

    [Fact]
    public async Task Concurrent_hits_are_each_counted_and_exactly_one_exhausts_the_window()
    {
        var store = Store();
        var key = NewKey();
        var hits = await Task.WhenAll(Enumerable.Range(0, 20).Select(_ => store.HitAsync(key, 5, Window)));
        Assert.Equal(Enumerable.Range(1, 20).Select(i => (long)i), hits.Select(h => h.Count).Order());
        Assert.Single(hits, h => h.Exhausts);
        Assert.Equal(5, hits.Count(h => h.Allowed));
    }
}
