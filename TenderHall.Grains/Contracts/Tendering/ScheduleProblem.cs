namespace TenderHall.Grains.Contracts.Tendering;

/// <summary>A rule a planned schedule breaks as it stands, with the values its message names (the earliest legal time among them).</summary>
/// <param name="Rule">The rule code, e.g. <c>BL-24</c>.</param>
/// <param name="Field">The field to change.</param>
/// <param name="Values">The message's values (<c>actual</c>, <c>earliest</c>, <c>days</c>…).</param>
public sealed record ScheduleProblem(string Rule, string Field, IReadOnlyDictionary<string, string> Values);
