using TenderHall.Grains.Contracts.Idempotency;

namespace TenderHall.Api.Idempotency;

/// <summary>Idempotency records in grains, durable in the silo's storage.</summary>
public sealed class GrainIdempotencyStore(IGrainFactory grains) : IIdempotencyStore
{
    /// <inheritdoc />
    public Task<IdempotencyBegin> BeginAsync(string scope, string requestHash) =>
        grains.GetGrain<IIdempotencyGrain>(scope).Begin(requestHash);

    /// <inheritdoc />
    public Task CompleteAsync(string scope, string requestHash, IdempotentResponse response) =>
        grains.GetGrain<IIdempotencyGrain>(scope).Complete(requestHash, response);

    /// <inheritdoc />
    public Task RenewAsync(string scope, string requestHash) =>
        grains.GetGrain<IIdempotencyGrain>(scope).Renew(requestHash);

    /// <inheritdoc />
    public Task AbandonAsync(string scope, string requestHash) =>
        grains.GetGrain<IIdempotencyGrain>(scope).Abandon(requestHash);
}
