namespace TenderHall.Grains.Contracts.Ratings;

/// <summary>One department's public rating results (key: the department id); counting is idempotent by rating id.</summary>
public interface IRatingTallyGrain : IGrainWithStringKey
{
    /// <summary>Counts rating <paramref name="ratingId"/> at <paramref name="level"/> (again: no change).</summary>
    Task Count(string ratingId, RatingLevel level);

    /// <summary>Leaves rating <paramref name="ratingId"/> out after an upheld appeal (again: no change).</summary>
    Task Exclude(string ratingId);

    /// <summary>The results.</summary>
    [Orleans.Concurrency.ReadOnly]
    Task<RatingTally> Get();
}
