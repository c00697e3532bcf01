namespace TenderHall.Grains.Contracts.Performance;

/// <summary>The performance projection of one department (key: the department id), fed by its cases and its ratings; idempotent per case and per rating.</summary>
public interface IPerformanceGrain : IGrainWithStringKey
{
    /// <summary>Records the case's latest facts (the same facts again: no change).</summary>
    Task Report(CaseFact fact);

    /// <summary>Records a rating of the department's service for its officer's figures (the same facts again: no change).</summary>
    Task Rated(RatingFact fact);

    /// <summary>The department's figures over the cases accepted in <paramref name="period"/>.</summary>
    [Orleans.Concurrency.ReadOnly]
    Task<DepartmentPerformance> Figures(PerformancePeriod period);
}
