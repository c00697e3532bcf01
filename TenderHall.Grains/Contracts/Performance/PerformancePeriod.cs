namespace TenderHall.Grains.Contracts.Performance;

/// <summary>The Beijing days whose accepted cases count, both included; an open end is unbounded.</summary>
[GenerateSerializer, Alias("th.PerformancePeriod")]
public sealed record PerformancePeriod([property: Id(0)] DateOnly? From, [property: Id(1)] DateOnly? To)
{
    /// <summary>Whether <paramref name="day"/> is inside.</summary>
    public bool Contains(DateOnly day) => (From is null || day >= From) && (To is null || day <= To);
}
