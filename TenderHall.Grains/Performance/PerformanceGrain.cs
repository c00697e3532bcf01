using TenderHall.Grains.Contracts.Performance;
using TenderHall.Grains.Contracts.Registry;
using TenderHall.Grains.Storage.Schema;

namespace TenderHall.Grains.Performance;

/// <summary>
/// A department's performance projection: the latest facts of each of its cases, written before the report is answered, and
/// idempotent per case (the same facts again change nothing; the accepting officer, once known, is kept).
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
        // Indexed first (adding again is harmless), so a department with stored cases is never missing from the index.
        if (!state.State.Indexed) await grains.GetGrain<IDirectoryIndexGrain>(PerformanceKeys.Departments).Add(this.GetPrimaryKeyString());
        cases[fact.CaseNumber] = fact;
        state.State.Indexed = true;
        try
        {
            await state.WriteStateAsync();
        }
        catch
        {
            await state.ReadStateAsync();
            throw;
        }
    }

    /// <inheritdoc />
    public Task<DepartmentPerformance> Figures(PerformancePeriod period) =>
        Task.FromResult(PerformanceRules.Department(this.GetPrimaryKeyString(), state.State.Cases.Values, period));
}
