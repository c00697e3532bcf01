namespace TenderHall.Grains.Contracts.Time;

/// <summary>
/// A platform clock that runs <see cref="Factor"/> times faster than the wall clock, for demos and training
/// (a 20-day tender in minutes). Virtual time continues from where it stood when the process last stopped.
/// </summary>
public sealed class SandboxClock : TimeProvider
{
    private readonly TimeProvider real;
    private readonly DateTimeOffset virtualStart;
    private readonly long realStartTicks;

    /// <summary>Creates a clock whose virtual time is <paramref name="virtualStart"/> now and runs <paramref name="factor"/> times faster.</summary>
    public SandboxClock(TimeProvider real, double factor, DateTimeOffset virtualStart)
    {
        if (factor is < 1 or > 100_000 || double.IsNaN(factor))
            throw new ArgumentOutOfRangeException(nameof(factor), factor, "The sandbox clock factor must be between 1 and 100000.");
        this.real = real;
        Factor = factor;
        this.virtualStart = virtualStart;
        realStartTicks = real.GetTimestamp();
    }

    /// <summary>How many virtual seconds pass per real second.</summary>
    public double Factor { get; }

    /// <inheritdoc />
    public override DateTimeOffset GetUtcNow() =>
        virtualStart + TimeSpan.FromTicks((long)(real.GetElapsedTime(realStartTicks).Ticks * Factor));

    /// <inheritdoc />
    public override long GetTimestamp() => (long)(real.GetTimestamp() * Factor);

    /// <inheritdoc />
    public override long TimestampFrequency => real.TimestampFrequency;

    /// <inheritdoc />
    public override TimeZoneInfo LocalTimeZone => real.LocalTimeZone;

    /// <inheritdoc />
    public override ITimer CreateTimer(TimerCallback callback, object? state, TimeSpan dueTime, TimeSpan period) =>
        real.CreateTimer(callback, state, Scale(dueTime), Scale(period));

    private TimeSpan Scale(TimeSpan span) =>
        span == Timeout.InfiniteTimeSpan ? span : TimeSpan.FromTicks((long)(span.Ticks / Factor));
}
