using TenderHall.Grains.Contracts.Idempotency;
using TenderHall.Grains.Storage.Schema;
using TenderHall.Grains.Time;

namespace TenderHall.Grains.Idempotency;

/// <summary>One Idempotency-Key record of the embedded profile (the cluster profile keeps them in Redis).</summary>
[GrainType("th-idempotency")]
public sealed class IdempotencyGrain(
    [PersistentState("idempotency", StorageNames.Default)] IPersistentState<IdempotencyState> state,
    PlatformClock clock) : Grain, IIdempotencyGrain
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

    /// <inheritdoc />
    public async Task<IdempotencyBegin> Begin(string requestHash)
    {
        var s = state.State;
        var age = clock.UtcNow - s.RecordedAt;
        var live = s.RequestHash is not null && age < (s.Response is null ? ReservationLease : Retention);
        if (live)
        {
            if (s.RequestHash != requestHash) return new(IdempotencyOutcome.Mismatch, null);
            return s.Response is null ? new(IdempotencyOutcome.InFlight, null) : new(IdempotencyOutcome.Replay, s.Response);
        }

        s.RequestHash = requestHash;
        s.Response = null;
        s.RecordedAt = clock.UtcNow;
        await state.WriteStateAsync();
        return new(IdempotencyOutcome.Proceed, null);
    }

    /// <inheritdoc />
    public async Task Complete(string requestHash, IdempotentResponse response)
    {
        if (state.State.RequestHash != requestHash) return;
        state.State.Response = response;
        state.State.RecordedAt = clock.UtcNow;
        await state.WriteStateAsync();
    }

    /// <inheritdoc />
    public async Task Renew(string requestHash)
    {
        if (state.State.RequestHash != requestHash || state.State.Response is not null) return;
        state.State.RecordedAt = clock.UtcNow;
        await state.WriteStateAsync();
    }

    /// <inheritdoc />
    public async Task Abandon(string requestHash)
    {
        if (state.State.RequestHash != requestHash || state.State.Response is not null) return;
        await state.ClearStateAsync();
    }
}
