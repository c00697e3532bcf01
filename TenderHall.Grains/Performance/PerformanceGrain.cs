using TenderHall.Grains.Contracts.Performance;
using TenderHall.Grains.Contracts.Registry;
using TenderHall.Grains.Storage;
using TenderHall.Grains.Storage.Schema;

namespace TenderHall.Grains.Performance;

/// <summary>
/// A department's performance projection: the latest facts of each of its cases and ratings, written before the report is
/// answered, and idempotent per case and per rating (the same facts again change nothing; the accepting officer, once known, is kept).
/// </summary>
[GrainType("th-performance")]
public sealed class PerformanceGrain(
    [PersistentState("performance", StorageNames.Default)] IPersistentState<PerformanceState> state,
    IGrainFactory grains) : Grain, IPerformanceGrain
{
    /// <inheritdoc />
    public async Task Report(CaseFact fact)
    {
        var cases = state.State.Cases;
        if (cases.TryGetValue(fact.CaseNumber, out var known) && known.Officer.Length > 0 && fact.Officer.Length == 0)
            fact = fact with { Officer = known.Officer };
        if (known == fact) return;
        await Write(() => cases[fact.CaseNumber] = fact);
    }

    /// <inheritdoc />
    public async Task Rated(RatingFact fact)
    {
        if (state.State.Ratings.TryGetValue(fact.RatingId, out var known) && known == fact) return;
        await Write(() => state.State.Ratings[fact.RatingId] = fact);
    }

    /// <inheritdoc />
    public Task<DepartmentPerformance> Figures(PerformancePeriod period) =>
        Task.FromResult(PerformanceRules.Department(this.GetPrimaryKeyString(), state.State.Cases.Values, state.State.Ratings.Values, period));

    private async Task Write(Action change)
    {
        // Indexed first (adding again is harmless), so a department with stored facts is never missing from the index.
        if (!state.State.Indexed) await grains.GetGrain<IDirectoryIndexGrain>(PerformanceKeys.Departments).Add(this.GetPrimaryKeyString());
        change();
        state.State.Indexed = true;
        await state.WriteOrReloadAsync();
    }
}
