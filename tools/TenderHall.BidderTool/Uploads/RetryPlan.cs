using System.Globalization;

namespace TenderHall.BidderTool.Uploads;

/// <summary>
/// When to try again after a retryable failure: as long as the platform's <c>Retry-After</c> says, else with exponential
/// backoff (1 s doubling to a minute, each wait between half and all of it so a crowd of bidders does not come back at
/// once), and never past the bid deadline: a bid received at or after it does not count (EBM 28), so waiting longer only
/// hides the refusal. Without a known deadline the tool gives up after <see cref="MaxFailuresWithoutDeadline"/> failures in a row.
/// </summary>
public sealed class RetryPlan(Func<Task<DateTimeOffset?>> readDeadline, TimeProvider clock)
{
    private Task<DateTimeOffset?>? deadline;

    /// <summary>The first backoff.</summary>
    public static readonly TimeSpan FirstBackoff = TimeSpan.FromSeconds(1);

    /// <summary>The longest backoff.</summary>
    public static readonly TimeSpan LongestBackoff = TimeSpan.FromMinutes(1);

    /// <summary>Failures in a row after which the tool stops when it does not know the deadline.</summary>
    public const int MaxFailuresWithoutDeadline = 5;

    // Read at the first failure, not before: an upload that never fails costs no extra request.
    private DateTimeOffset? Deadline => deadline is { IsCompletedSuccessfully: true } read ? read.Result : null;

    /// <summary>The wait before the next attempt after <paramref name="failures"/> failures in a row, or null when there is no time left to try again.</summary>
    public async Task<TimeSpan?> NextAsync(int failures, TimeSpan? retryAfter)
    {
        await (deadline ??= readDeadline());
        var exponent = Math.Clamp(failures - 1, 0, 16);
        var backoff = TimeSpan.FromTicks(Math.Min(LongestBackoff.Ticks, FirstBackoff.Ticks << exponent));
        var wait = retryAfter ?? backoff / 2 + backoff / 2 * Random.Shared.NextDouble();
        if (Deadline is not { } end) return failures < MaxFailuresWithoutDeadline ? wait : null;
        // The next attempt must begin before the deadline, with time to send the request.
        return clock.GetUtcNow() + wait < end ? wait : null;
    }

    /// <summary>What the bidder is told about the wait.</summary>
    public string Describe(TimeSpan wait)
    {
        var seconds = Math.Ceiling(wait.TotalSeconds).ToString(CultureInfo.InvariantCulture);
        if (Deadline is not { } end) return $"trying again in {seconds} s";
        var left = end - clock.GetUtcNow();
        return $"trying again in {seconds} s; the bid deadline is {end.ToOffset(TimeSpan.FromHours(8)):yyyy-MM-dd HH:mm:ss} Beijing time, {Format(left)} from now";
    }

    /// <summary>Why the tool stopped retrying.</summary>
    public string GiveUp(string lastFailure) => Deadline is { } end
        ? $"no time is left to try again before the bid deadline ({end.ToOffset(TimeSpan.FromHours(8)):yyyy-MM-dd HH:mm:ss} Beijing time); last failure: {lastFailure}"
        : $"it failed {MaxFailuresWithoutDeadline} times in a row and the bid deadline could not be read (last: {lastFailure}); run the same command again to resume";

    private static string Format(TimeSpan left) =>
        left.TotalHours >= 1 ? $"{(int)left.TotalHours} h {left.Minutes} min" : left.TotalMinutes >= 1 ? $"{(int)left.TotalMinutes} min {left.Seconds} s" : $"{Math.Max(0, (int)left.TotalSeconds)} s";
}
