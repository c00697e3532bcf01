namespace TenderHall.Grains.Contracts.Tendering;

/// <summary>What publishing a clarification or amendment now does to the bid deadline (BL 23, GPR 31: at least 15 days before it).</summary>
/// <param name="At">When it would be published (the platform's clock now).</param>
/// <param name="Limit">The cut-off: published before it, the deadline stays (<see cref="ScheduleLimit.Kind"/> <c>CutOff</c>).</param>
/// <param name="BidDeadline">The deadline now.</param>
/// <param name="MovedTo">The deadline it would move to, or null when it stays.</param>
public sealed record ClarificationPreview(DateTimeOffset At, ScheduleLimit Limit, DateTimeOffset BidDeadline, DateTimeOffset? MovedTo);
