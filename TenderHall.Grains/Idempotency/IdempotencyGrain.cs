using TenderHall.Grains.Contracts.Idempotency;
using TenderHall.Grains.Contracts.Time;
using TenderHall.Grains.Storage.Schema;

namespace TenderHall.Grains.Idempotency;

/// <summary>One Idempotency-Key record of the embedded profile (the cluster profile keeps them in Redis).</summary>
[GrainType("th-idempotency")]
public sealed class IdempotencyGrain(
    [PersistentState("idempotency", StorageNames.Default)] IPersistentState<IdempotencyState> state,
    PlatformClock clock) : Grain, IIdempotencyGrain
{
    /// <inheritdoc />
    public async Task<IdempotencyBegin> Begin(string requestHash)
    {
        var s = state.State;
        var age = clock.UtcNow - s.RecordedAt;
        var live = s.RequestHash is not null && age < (s.Response is null ? IdempotencyWindows.ReservationTimeout : IdempotencyWindows.Retention);
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
    public async Task Abandon(string requestHash)
    {
        if (state.State.RequestHash != requestHash || state.State.Response is not null) return;
        await state.ClearStateAsync();
    }
}
