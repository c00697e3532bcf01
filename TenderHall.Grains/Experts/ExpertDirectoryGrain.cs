using Orleans.Concurrency;
using TenderHall.Grains.Contracts.Experts;
using TenderHall.Grains.Contracts.Registry;
using TenderHall.Grains.Registry;

namespace TenderHall.Grains.Experts;

/// <summary>Searches the expert database; stateless, so reads spread over the silos.</summary>
[GrainType("th-expert-directory"), StatelessWorker]
public sealed class ExpertDirectoryGrain(IGrainFactory grains) : Grain, IExpertDirectoryGrain
{
    /// <inheritdoc />
    public async Task<IReadOnlyList<ExpertProfile>> Search(ExpertQuery query)
    {
        var index = query.Specialty is { } specialty ? DirectoryIndexKeys.ExpertsBySpecialty(specialty) : DirectoryIndexKeys.Experts;
        var result = new List<ExpertProfile>();
        foreach (var chunk in (await DirectoryIndexes.AllIds(grains, index)).Chunk(256))
        {
            var profiles = await Task.WhenAll(chunk.Select(id => grains.GetGrain<IExpertGrain>(id).Get()));
            result.AddRange(profiles.OfType<ExpertProfile>().Where(p => Matches(p, query)));
        }

        return result;
    }

    private static bool Matches(ExpertProfile p, ExpertQuery query) =>
        (query.Status is null || p.Status == query.Status)
        && (query.Text.Length == 0 || new[] { p.Id, p.Name, p.EmployerName, p.EmployerCreditCode }.Any(v => v.Contains(query.Text, StringComparison.OrdinalIgnoreCase)));
}
