namespace TenderHall.Grains.Contracts.Idempotency;

/// <summary>The record of one Idempotency-Key (key: a hash of caller, route and key).</summary>
public interface IIdempotencyGrain : IGrainWithStringKey
{
    /// <summary>Reserves the key for a request with this body hash, or says why not.</summary>
    Task<IdempotencyBegin> Begin(string requestHash);

    /// <summary>Records the response for replay.</summary>
    Task Complete(string requestHash, IdempotentResponse response);

    /// <summary>Renews the lease of the running request's reservation.</summary>
    Task Renew(string requestHash);

    /// <summary>Releases a reservation whose request failed without a response worth replaying.</summary>
    Task Abandon(string requestHash);
}
