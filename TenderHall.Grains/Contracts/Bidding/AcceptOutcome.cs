using TenderHall.Grains.Contracts.Rules;

namespace TenderHall.Grains.Contracts.Bidding;

/// <summary>What the bid box made of one acceptance of a batch: the bid it now holds durably, or the rule that refused it.</summary>
/// <param name="Accepted">The bid held, when counted (or already counted).</param>
/// <param name="Rule">The refusal's rule code, when refused.</param>
/// <param name="Args">The refusal's values.</param>
[GenerateSerializer, Alias("th.AcceptOutcome")]
public sealed record AcceptOutcome(
    [property: Id(0)] AcceptedBid? Accepted,
    [property: Id(1)] string? Rule = null,
    [property: Id(2)] Dictionary<string, string>? Args = null)
{
    /// <summary>An acceptance refused under <paramref name="refusal"/>'s rule.</summary>
    public static AcceptOutcome Refused(RuleViolationException refusal) => new(null, refusal.Rule, refusal.Args);

    /// <summary>The bid held, or the refusal thrown again where the caller awaits it.</summary>
    public AcceptedBid Result() => Accepted ?? throw new RuleViolationException(Rule ?? "PLATFORM-UNAVAILABLE", Args);
}
