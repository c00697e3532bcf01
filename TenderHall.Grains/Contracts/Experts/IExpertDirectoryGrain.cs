using TenderHall.Grains.Contracts.Registry;

namespace TenderHall.Grains.Contracts.Experts;

/// <summary>Reads across the expert database (search, export); stateless, any key (use 0).</summary>
public interface IExpertDirectoryGrain : IGrainWithIntegerKey
{
    /// <summary>Every expert matching <paramref name="query"/>, by id.</summary>
    [Orleans.Concurrency.ReadOnly]
    Task<IReadOnlyList<ExpertProfile>> Search(ExpertQuery query);
}
