using TenderHall.Grains.Contracts.Idempotency;

namespace TenderHall.Api.Idempotency;

/// <summary>Where Idempotency-Key records live: grains in the embedded profile, Redis when API instances share them.</summary>
public interface IIdempotencyStore
{
    /// <summary>Reserves <paramref name="scope"/> for a request with <paramref name="requestHash"/>, or says why not.</summary>
    Task<IdempotencyBegin> BeginAsync(string scope, string requestHash);

    /// <summary>Records the response to replay.</summary>
    Task CompleteAsync(string scope, string requestHash, IdempotentResponse response);

    /// <summary>Renews the lease of a reservation whose request is still running.</summary>
    Task RenewAsync(string scope, string requestHash);

    /// <summary>Releases a reservation after a failure not worth replaying.</summary>
    Task AbandonAsync(string scope, string requestHash);
}
