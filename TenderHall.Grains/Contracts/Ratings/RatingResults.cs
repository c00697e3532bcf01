using TenderHall.Grains.Contracts.Registry;

namespace TenderHall.Grains.Contracts.Ratings;

/// <summary>The public rating results: every rated department's tally, by department id (for the API and the Portal alike).</summary>
public static class RatingResults
{
    /// <summary>Reads every rated department's tally.</summary>
    public static async Task<IReadOnlyList<RatingTally>> AllAsync(IGrainFactory grains)
    {
        var departments = await DirectoryIndexes.AllIds(grains, RatingKeys.Departments);
        return await Task.WhenAll(departments.Order(StringComparer.Ordinal).Select(d => grains.GetGrain<IRatingTallyGrain>(d).Get()));
    }
}
