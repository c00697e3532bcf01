using System.Net;

namespace TenderHall.BidderTool.Platform;

/// <summary>The platform answered with an error: an RFC 9457 problem naming the rule, or a bare HTTP status.</summary>
public sealed class PlatformException(HttpStatusCode status, string? rule, string message, long? expectedOffset = null, TimeSpan? retryAfter = null) : Exception(message)
{
    /// <summary>How long the platform asked to wait before trying again (<c>Retry-After</c> of a 503 or 429), if it said.</summary>
    public TimeSpan? RetryAfter { get; } = retryAfter;

    /// <summary>The HTTP status.</summary>
    public HttpStatusCode Status { get; } = status;

    /// <summary>The rule that refused the request (for example <c>EBM-26</c>), when the platform named one.</summary>
    public string? Rule { get; } = rule;

    /// <summary>For <c>BID-UPLOAD</c>: the offset the platform expects the next chunk at.</summary>
    public long? ExpectedOffset { get; } = expectedOffset;

    /// <summary>
    /// True for answers worth retrying: the platform or a proxy was briefly unavailable (503 PLATFORM-UNAVAILABLE promised
    /// nothing), or an earlier attempt with the same Idempotency-Key is still running (its answer comes to the retry).
    /// </summary>
    public bool Transient => (int)Status >= 500 || Status == HttpStatusCode.RequestTimeout || Status == HttpStatusCode.TooManyRequests
                             || Rule == "IDEMPOTENCY-IN-FLIGHT";
}
