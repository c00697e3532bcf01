namespace TenderHall.Api.RateLimits;

/// <summary>Counts hits of a key in fixed windows: in process on the embedded profile, in Redis when API instances share counts.</summary>
public interface IRateLimitStore
{
    /// <summary>Counts one hit of <paramref name="key"/>; a window of length <paramref name="window"/> starts with the first hit after the last one ended.</summary>
    Task<RateLimitHit> HitAsync(string key, int limit, TimeSpan window);

    /// <summary>Takes back one hit of <paramref name="key"/> in its current window (an attempt that should not use the budget).</summary>
    Task ReturnAsync(string key);

    /// <summary>Forgets <paramref name="key"/>'s current window.</summary>
    Task ResetAsync(string key);
}
