namespace TenderHall.Grains.Contracts.Idempotency;

/// <summary>The answer to beginning a keyed request: what to do, and the recorded response when replaying.</summary>
[GenerateSerializer, Alias("th.IdempotencyBegin")]
public sealed record IdempotencyBegin([property: Id(0)] IdempotencyOutcome Outcome, [property: Id(1)] IdempotentResponse? Response);
