using TenderHall.Grains.Contracts.Idempotency;

namespace TenderHall.Grains.Idempotency;

/// <summary>Stored state of <see cref="IdempotencyGrain"/>.</summary>
public sealed class IdempotencyState
{
    /// <summary>SHA-256 of the request body the key was first used with.</summary>
    public string? RequestHash { get; set; }

    /// <summary>When the reservation or the response was recorded.</summary>
    public DateTimeOffset RecordedAt { get; set; }

    /// <summary>The recorded response; null while the first request is running.</summary>
    public IdempotentResponse? Response { get; set; }
}
