using Orleans.Concurrency;
using TenderHall.Grains.Contracts.Experts;
using TenderHall.Grains.Contracts.Registry;

namespace TenderHall.Grains.Experts;

/// <summary>
/// Searches the expert database through the specialty pools, which hold every expert in memory (every expert has at least
/// one specialty, <see cref="ExpertEntryRules"/>): one call per specialty instead of one per expert. Stateless, so
/// searches spread over the silos.
/// </summary>
[GrainType("th-expert-directory"), StatelessWorker]
public sealed class ExpertDirectoryGrain(IGrainFactory grains) : Grain, IExpertDirectoryGrain
{
    /// <inheritdoc />
    public async Task<IReadOnlyList<ExpertProfile>> Search(ExpertQuery query)
    {
        var specialties = query.Specialty is { } specialty ? [specialty] : Specialties.All.Keys.ToList();
        var parts = await Task.WhenAll(specialties.Select(s => grains.GetGrain<IExpertPoolGrain>(s).Search(query)));
        return [.. parts.SelectMany(p => p).DistinctBy(p => p.Id).OrderBy(p => p.Id, StringComparer.Ordinal)];
    }
}
