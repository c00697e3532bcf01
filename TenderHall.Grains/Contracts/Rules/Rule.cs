namespace TenderHall.Grains.Contracts.Rules;

/// <summary>A rule the platform enforces: its code, legal source, kind and message in both languages.</summary>
/// <param name="Code">Stable code, e.g. <c>BLR-22</c>; API clients may switch on it.</param>
/// <param name="Source">The article of law or platform policy the rule implements.</param>
/// <param name="Kind">How a violation is reported.</param>
/// <param name="En">English message template; <c>{name}</c> placeholders are filled from the violation's values.</param>
/// <param name="Zh">Chinese message template.</param>
public sealed record Rule(string Code, string Source, RuleKind Kind, string En, string Zh);
