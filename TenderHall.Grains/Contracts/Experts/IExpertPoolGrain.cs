using TenderHall.Grains.Contracts.Registry;

namespace TenderHall.Grains.Contracts.Experts;

/// <summary>
/// The experts of one specialty (key: the specialty code), kept in memory and current as each expert changes, so a draw
/// freezes its pool without reading every expert (docs/experts.md, "Freezing the pool"). Called by the experts and the draw.
/// </summary>
public interface IExpertPoolGrain : IGrainWithStringKey
{
    /// <summary>The expert as just stored; dropped from this specialty when they no longer hold it.</summary>
    [Orleans.Concurrency.AlwaysInterleave]
    Task Update(ExpertProfile profile);

    /// <summary>The specialty's eligible experts under <paramref name="request"/>'s recusal rules and pseudonym key.</summary>
    Task<FrozenPool> Freeze(PoolFreeze request);

    /// <summary>The specialty's experts matching <paramref name="query"/>'s text and status, from memory.</summary>
    Task<IReadOnlyList<ExpertProfile>> Search(ExpertQuery query);
}
