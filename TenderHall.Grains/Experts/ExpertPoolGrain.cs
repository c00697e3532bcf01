using TenderHall.Grains.Contracts.Experts;
using TenderHall.Grains.Contracts.Registry;

namespace TenderHall.Grains.Experts;

/// <summary>
/// One specialty's experts in memory (<see cref="SpecialtyPool"/>), kept current by each expert after every stored change,
/// so a draw freezes its pool without reading 100,000 expert grains. Nothing is stored: an activation reads the specialty's
/// experts once, before its first freeze, and updates that arrive meanwhile win over what it reads (they are newer).
/// </summary>
[GrainType("th-expert-pool"), CollectionAgeLimit(Days = 1)]
public sealed class ExpertPoolGrain(IGrainFactory grains, RecusalFilter filter) : Grain, IExpertPoolGrain
{
    private readonly HashSet<string> updatedWhileLoading = new(StringComparer.Ordinal);
    private SpecialtyPool? pool;
    private bool loaded;

    private SpecialtyPool Pool => pool ??= new SpecialtyPool(this.GetPrimaryKeyString());

    /// <inheritdoc />
    public Task Update(ExpertProfile profile)
    {
        // Interleaves with a freeze that is loading: an expert awaiting this call may be the one the load is reading.
        Pool.Update(profile);
        if (!loaded) updatedWhileLoading.Add(profile.Id);
        return Task.CompletedTask;
    }

    /// <inheritdoc />
    public async Task<FrozenPool> Freeze(PoolFreeze request)
    {
        if (!loaded) await Load();
        var context = new RecusalContext(request.InterestedCreditCodes.ToHashSet(StringComparer.Ordinal), request.AgencyId, request.EvaluationAt, request.Now,
            request.Regions);
        return Pool.Freeze(context, filter, request.PseudonymKey);
    }

    /// <inheritdoc />
    public async Task<IReadOnlyList<ExpertProfile>> Search(ExpertQuery query)
    {
        if (!loaded) await Load();
        return Pool.Search(query);
    }

    private async Task Load()
    {
        foreach (var chunk in (await DirectoryIndexes.AllIds(grains, DirectoryIndexKeys.ExpertsBySpecialty(this.GetPrimaryKeyString()))).Chunk(256))
        {
            var profiles = await Task.WhenAll(chunk.Where(id => !updatedWhileLoading.Contains(id)).Select(id => grains.GetGrain<IExpertGrain>(id).Get()));
            foreach (var profile in profiles.OfType<ExpertProfile>().Where(p => !updatedWhileLoading.Contains(p.Id))) Pool.Update(profile);
        }

        loaded = true;
        updatedWhileLoading.Clear();
    }
}
