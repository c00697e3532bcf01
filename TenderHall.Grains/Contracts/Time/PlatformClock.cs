namespace TenderHall.Grains.Contracts.Time;

/// <summary>
/// The time every deadline is judged by. It wraps a <see cref="TimeProvider"/> of its own rather than replacing the
/// host's, so a sandbox clock that runs faster never speeds up Orleans' membership, timers or leases.
/// </summary>
public sealed class PlatformClock(TimeProvider time)
{
    /// <summary>The underlying provider (a <see cref="SandboxClock"/>, the system clock, or a fake in tests).</summary>
    public TimeProvider Time { get; } = time;

    /// <summary>Platform time now.</summary>
    public DateTimeOffset UtcNow => Time.GetUtcNow();

    /// <summary>Virtual seconds per real second: 1 except in the sandbox.</summary>
    public double Factor => Time is SandboxClock sandbox ? sandbox.Factor : 1;

    /// <summary>The real-time wait until platform time reaches <paramref name="instant"/> (zero when it has passed).</summary>
    public TimeSpan RealDelayUntil(DateTimeOffset instant)
    {
        var remaining = instant - UtcNow;
        return remaining <= TimeSpan.Zero ? TimeSpan.Zero : TimeSpan.FromTicks((long)(remaining.Ticks / Factor));
    }
}
