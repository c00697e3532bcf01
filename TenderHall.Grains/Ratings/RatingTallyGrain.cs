using TenderHall.Grains.Contracts.Ratings;
using TenderHall.Grains.Storage.Schema;

namespace TenderHall.Grains.Ratings;

/// <summary>A department's public rating results; every change is idempotent by rating id, so a rating may tell it twice.</summary>
[GrainType("th-rating-tally")]
public sealed class RatingTallyGrain([PersistentState("rating-tally", StorageNames.Default)] IPersistentState<RatingTallyState> state) : Grain, IRatingTallyGrain
{
    /// <inheritdoc />
    public async Task Count(string ratingId, RatingLevel level)
    {
        if (!state.State.Ratings.TryAdd(ratingId, level)) return;
        await state.WriteStateAsync();
    }

    /// <inheritdoc />
    public async Task Exclude(string ratingId)
    {
        if (!state.State.Ratings.ContainsKey(ratingId) || !state.State.Excluded.Add(ratingId)) return;
        await state.WriteStateAsync();
    }

    /// <inheritdoc />
    public Task<RatingTally> Get()
    {
        var kept = state.State.Ratings.Where(r => !state.State.Excluded.Contains(r.Key)).ToList();
        var counted = kept.Select(r => r.Value).ToList();
        var visits = kept.Count(r => r.Key.StartsWith(RatingKeys.VisitPrefix, StringComparison.Ordinal));
        var counts = Enum.GetValues<RatingLevel>().ToDictionary(l => l, l => counted.Count(c => c == l));
        var satisfied = counted.Count(l => l >= RatingLevel.Basic);
        return Task.FromResult(new RatingTally
        {
            DepartmentId = this.GetPrimaryKeyString(), Counts = counts, Total = counted.Count, Excluded = state.State.Excluded.Count,
            Cases = counted.Count - visits, Visits = visits,
            SatisfiedRate = counted.Count == 0 ? 0 : Math.Round((decimal)satisfied / counted.Count, 4),
        });
    }
}
