using System.Data.Common;

namespace TenderHall.Grains.Contracts.Rules;

/// <summary>The one answer to a change that could not be made durable: 503 with Retry-After, never a receipt.</summary>
public static class StorageUnavailable
{
    /// <summary>The rule code of the refusal.</summary>
    public const string Rule = "PLATFORM-UNAVAILABLE";

    /// <summary>How long a caller waits before sending the same request again.</summary>
    public static readonly TimeSpan RetryAfter = TimeSpan.FromSeconds(2);

    /// <summary>The PLATFORM-UNAVAILABLE refusal, naming <see cref="RetryAfter"/>.</summary>
    public static RuleViolationException Refusal() => RuleViolationException.Of(Rule, ("seconds", (int)RetryAfter.TotalSeconds));

    /// <summary>
    /// Whether <paramref name="failure"/> is the platform's infrastructure failing (database, disk, cluster messaging,
    /// a timeout) rather than a fault in the code: sending the same request again later can succeed.
    /// </summary>
    public static bool IsTransient(Exception failure) => failure switch
    {
        AggregateException aggregate => aggregate.InnerExceptions.All(IsTransient),
        DbException or IOException or TimeoutException or System.Net.Sockets.SocketException or OrleansException => true,
        // Orleans reports a call whose message expired (placement waiting on a locked database) as a cancellation.
        OperationCanceledException => true,
        // Clients (Redis, sockets) name their own exception types; their inner exception says what failed.
        { InnerException: { } inner } => IsTransient(inner),
        _ => false,
    };
}
