namespace TenderHall.Grains.Contracts.Tendering;

/// <summary>A day the State Council's holiday notice changes: a day off (放假), or a weekend day worked (调休上班).</summary>
/// <param name="Date">The Beijing calendar day.</param>
/// <param name="Kind"><c>Holiday</c> or <c>MakeUpWorkday</c>.</param>
public sealed record NoticeDay(DateOnly Date, string Kind);
