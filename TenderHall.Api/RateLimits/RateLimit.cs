namespace TenderHall.Api.RateLimits;

/// <summary>One limit: at most <see cref="Limit"/> counted attempts in a window of <see cref="Window"/>.</summary>
public sealed class RateLimit
{
    /// <summary>Attempts a window allows.</summary>
    public int Limit { get; set; }

    /// <summary>Length of a window, starting with its first attempt.</summary>
    public TimeSpan Window { get; set; }
}
