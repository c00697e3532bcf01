namespace TenderHall.Grains.Contracts.Idempotency;

/// <summary>What a request carrying an Idempotency-Key should do.</summary>
public enum IdempotencyOutcome
{
    /// <summary>First time: run the request, then record its response.</summary>
    Proceed,

    /// <summary>The same request is running now: answer 409.</summary>
    InFlight,

    /// <summary>The key was used for a different request: answer 422.</summary>
    Mismatch,

    /// <summary>The request was answered before: replay the recorded response.</summary>
    Replay,
}
