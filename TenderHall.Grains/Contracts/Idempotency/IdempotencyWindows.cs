namespace TenderHall.Grains.Contracts.Idempotency;

/// <summary>How long Idempotency-Key records live, the same in the grain (embedded) and in Redis (cluster).</summary>
public static class IdempotencyWindows
{
    /// <summary>How long a record is kept for replay.</summary>
    public static readonly TimeSpan Retention = TimeSpan.FromHours(24);

    /// <summary>After this long a reservation without a response is taken to be from a request that died.</summary>
    public static readonly TimeSpan ReservationTimeout = TimeSpan.FromMinutes(5);
}
