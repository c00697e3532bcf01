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
    public Task<RatingTally> Get() => Task.FromResult(RatingRules.Tally(
        this.GetPrimaryKeyString(), state.State.Ratings.Where(r => !state.State.Excluded.Contains(r.Key)).Select(r => (r.Key, r.Value)), state.State.Excluded.Count));
}
