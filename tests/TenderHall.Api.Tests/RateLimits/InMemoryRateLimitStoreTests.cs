using TenderHall.Api.RateLimits;

namespace TenderHall.Api.Tests.RateLimits;

public sealed class InMemoryRateLimitStoreTests : RateLimitStoreContract
{
    protected override IRateLimitStore Store() => new InMemoryRateLimitStore(Time);

    [Fact]
    public async Task Sweeping_away_ended_windows_keeps_the_live_ones()
    {
        var store = new InMemoryRateLimitStore(Time);
        var live = NewKey();
        await store.HitAsync(live, 5, TimeSpan.FromHours(1));
        for (var i = 0; i < 3000; i++) await store.HitAsync(NewKey(), 5, TimeSpan.FromMinutes(1));
        Time.Advance(TimeSpan.FromMinutes(2));
        for (var i = 0; i < 3000; i++) await store.HitAsync(NewKey(), 5, TimeSpan.FromMinutes(1));
        Assert.Equal(2, (await store.HitAsync(live, 5, TimeSpan.FromHours(1))).Count);
        Assert.InRange(store.Count, 3001, 4000); // the 3,000 ended windows went; without a sweep there would be 6,001
    }
}
