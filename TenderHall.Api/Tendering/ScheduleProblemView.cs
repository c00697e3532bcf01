namespace TenderHall.Api.Tendering;

/// <summary>A rule a planned schedule breaks, worded as the refusal of its publication would be.</summary>
/// <param name="Rule">The rule code, e.g. <c>BL-24</c>.</param>
/// <param name="Field">The field to change.</param>
/// <param name="Detail">What is wrong and the earliest legal time, in the caller's language.</param>
/// <param name="Source">The article of law.</param>
/// <param name="Values">The values the detail names.</param>
public sealed record ScheduleProblemView(string Rule, string Field, string Detail, string Source, IReadOnlyDictionary<string, string> Values);
