namespace TenderHall.Api.RateLimits;

/// <summary>The answer to one hit: how many the window has seen, its limit and how long until it ends.</summary>
/// <param name="Count">Hits in the current window, this one included; 0 when the store could not count.</param>
/// <param name="Limit">Hits the window allows.</param>
/// <param name="ResetsIn">Time until the window ends.</param>
public readonly record struct RateLimitHit(long Count, int Limit, TimeSpan ResetsIn)
{
    /// <summary>Whether this hit is within the limit.</summary>
    public bool Allowed => Count <= Limit;

    /// <summary>Whether this hit was the last one the window allows; exactly one hit per window sees it.</summary>
    public bool Exhausts => Count == Limit;

    /// <summary>Whole seconds until the window ends, at least 1, for Retry-After.</summary>
    public long RetryAfterSeconds => Math.Max(1, (long)Math.Ceiling(ResetsIn.TotalSeconds));

    /// <summary>The answer when the store cannot count: allowed, so the platform stays usable.</summary>
    public static RateLimitHit Uncounted(int limit) => new(0, limit, TimeSpan.Zero);
}
