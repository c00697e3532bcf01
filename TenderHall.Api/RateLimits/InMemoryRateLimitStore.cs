namespace TenderHall.Api.RateLimits;

/// <summary>Rate-limit windows in this process, for the embedded profile where one instance serves every request.</summary>
public sealed class InMemoryRateLimitStore(TimeProvider time) : IRateLimitStore
{
    private const int FirstSweep = 1024;
    private readonly Dictionary<string, Window> windows = new(StringComparer.Ordinal);
    private readonly Lock gate = new();
    private int sweepAt = FirstSweep;

    /// <inheritdoc />
    public Task<RateLimitHit> HitAsync(string key, int limit, TimeSpan window)
    {
        var now = time.GetUtcNow();
        lock (gate)
        {
            Sweep(now);
            if (!windows.TryGetValue(key, out var current) || current.Ends <= now) current = new Window(0, now + window);
            current = current with { Count = current.Count + 1 };
            windows[key] = current;
            return Task.FromResult(new RateLimitHit(current.Count, limit, current.Ends - now));
        }
    }

    /// <inheritdoc />
    public Task ReturnAsync(string key)
    {
        var now = time.GetUtcNow();
        lock (gate)
        {
            if (windows.TryGetValue(key, out var current) && current.Ends > now && current.Count > 0)
                windows[key] = current with { Count = current.Count - 1 };
        }

        return Task.CompletedTask;
    }

    /// <inheritdoc />
    public Task ResetAsync(string key)
    {
        lock (gate) windows.Remove(key);
        return Task.CompletedTask;
    }

    /// <summary>How many windows the table holds, ended ones not yet swept included.</summary>
    internal int Count
    {
        get
        {
            lock (gate) return windows.Count;
        }
    }

    // Keys come from callers (any user name), so ended windows are dropped whenever the table has doubled.
    private void Sweep(DateTimeOffset now)
    {
        if (windows.Count < sweepAt) return;
        foreach (var (key, _) in windows.Where(w => w.Value.Ends <= now).ToList()) windows.Remove(key);
        sweepAt = Math.Max(FirstSweep, windows.Count * 2);
    }

    private readonly record struct Window(long Count, DateTimeOffset Ends);
}
