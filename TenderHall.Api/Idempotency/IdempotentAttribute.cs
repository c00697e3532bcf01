namespace TenderHall.Api.Idempotency;

/// <summary>Endpoint metadata: this POST creates something, so an Idempotency-Key makes retries return the first result.</summary>
[AttributeUsage(AttributeTargets.Method | AttributeTargets.Class)]
public sealed class IdempotentAttribute : Attribute;
