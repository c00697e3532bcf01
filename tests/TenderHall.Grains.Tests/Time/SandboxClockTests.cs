using Microsoft.Extensions.Time.Testing;
using TenderHall.Grains.Contracts.Time;

namespace TenderHall.Grains.Tests.Time;

public sealed class SandboxClockTests
{
    private static readonly DateTimeOffset Start = new(2026, 3, 2, 1, 0, 0, TimeSpan.Zero);

    [Fact]
    public void Virtual_time_runs_factor_times_faster_than_the_real_clock()
    {
        var real = new FakeTimeProvider(Start);
        var sandbox = new SandboxClock(real, 720, Start);
        real.Advance(TimeSpan.FromMinutes(2));
        Assert.Equal(Start.AddDays(1), sandbox.GetUtcNow());
    }

    [Fact]
    public void Timers_fire_after_the_scaled_real_delay()
    {
        var real = new FakeTimeProvider(Start);
        var sandbox = new SandboxClock(real, 60, Start);
        var fired = 0;
        using var timer = sandbox.CreateTimer(_ => fired++, null, TimeSpan.FromHours(1), Timeout.InfiniteTimeSpan);
        real.Advance(TimeSpan.FromSeconds(59));
        Assert.Equal(0, fired);
        real.Advance(TimeSpan.FromSeconds(1));
        Assert.Equal(1, fired);
    }

    [Fact]
    public void The_real_delay_to_a_platform_instant_is_scaled_and_never_negative()
    {
        var real = new FakeTimeProvider(Start);
        var clock = new PlatformClock(new SandboxClock(real, 100, Start));
        Assert.Equal(TimeSpan.FromMinutes(1), clock.RealDelayUntil(Start.AddMinutes(100)));
        Assert.Equal(TimeSpan.Zero, clock.RealDelayUntil(Start.AddMinutes(-1)));
        Assert.Equal(100, clock.Factor);
        Assert.Equal(1, new PlatformClock(real).Factor);
    }

    [Theory]
    [InlineData(0.5)]
    [InlineData(double.NaN)]
    [InlineData(1_000_000)]
    public void Impossible_factors_are_refused(double factor) =>
        Assert.Throws<ArgumentOutOfRangeException>(() => new SandboxClock(TimeProvider.System, factor, Start));
}
