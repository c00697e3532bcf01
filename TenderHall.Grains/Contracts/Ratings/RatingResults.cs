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

    /// <summary>Reads every rated window's tally, by window id.</summary>
    public static async Task<IReadOnlyList<RatingTally>> WindowsAsync(IGrainFactory grains)
    {
        var windows = (await DirectoryIndexes.AllIds(grains, RatingKeys.Windows)).Order(StringComparer.Ordinal).ToList();
        var tallies = await Task.WhenAll(windows.Select(w => grains.GetGrain<IRatingTallyGrain>(RatingKeys.WindowTally(w)).Get()));
        for (var i = 0; i < tallies.Length; i++) tallies[i].DepartmentId = windows[i];
        return tallies;
    }
}
