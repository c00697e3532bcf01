namespace TenderHall.Api.Idempotency;

/// <summary>
/// Endpoint metadata: why this operation refuses an Idempotency-Key. A change without <see cref="IdempotentAttribute"/>
/// refuses the header anyway (IDEMPOTENCY-UNSUPPORTED); this names the reason a caller can act on.
/// </summary>
[AttributeUsage(AttributeTargets.Method | AttributeTargets.Class)]
public sealed class IdempotencyKeyRefusedAttribute(string reason) : Attribute
{
    /// <summary>Shown to the caller (English; the rule's frame is translated).</summary>
    public string Reason { get; } = reason;
}
