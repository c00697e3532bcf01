namespace TenderHall.Grains.Experts;

/// <summary>What the recusal filters of one draw check against, fixed at request time.</summary>
/// <param name="InterestedCreditCodes">Bidders, the tenderee and the agency, by unified social credit code.</param>
/// <param name="AgencyId">The requesting agency, for the recent-draws rule.</param>
/// <param name="EvaluationAt">When the evaluation starts.</param>
/// <param name="Now">The request time (the pool is frozen then).</param>
/// <param name="Regions">Division codes of the optional region rule; empty for none.</param>
public sealed record RecusalContext(
    IReadOnlySet<string> InterestedCreditCodes, string AgencyId, DateTimeOffset EvaluationAt, DateTimeOffset Now, IReadOnlyList<string> Regions);
