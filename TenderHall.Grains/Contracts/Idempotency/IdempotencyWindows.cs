namespace TenderHall.Grains.Contracts.Idempotency;

/// <summary>How long Idempotency-Key records live, the same in the grain (embedded) and in Redis (cluster).</summary>
public static class IdempotencyWindows
{
    /// <summary>How long a record is kept for replay.</summary>
    public static readonly TimeSpan Retention = TimeSpan.FromHours(24);

    /// <summary>
    /// A reservation's lease: the running request renews it every <see cref="LeaseRenewal"/>, so one that stops renewing
    /// (its silo died, its connection dropped) frees the key for the retry within this time, however long a live request runs.
    /// </summary>
    public static readonly TimeSpan ReservationLease = TimeSpan.FromSeconds(30);

    /// <summary>How often a running request renews its reservation.</summary>
    public static readonly TimeSpan LeaseRenewal = TimeSpan.FromSeconds(10);
}
