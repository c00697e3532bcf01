using TenderHall.Grains.Contracts.Registry;
using TenderHall.Portal.Localization;

namespace TenderHall.Portal.Licensing;

/// <summary>The names of the departments a licensing page shows, in the page's language (the id when unregistered).</summary>
public sealed class DepartmentNames
{
    private readonly Dictionary<string, OrganizationProfile> profiles;

    private DepartmentNames(Dictionary<string, OrganizationProfile> profiles) => this.profiles = profiles;

    /// <summary>Loads the profiles of <paramref name="ids"/>.</summary>
    public static async Task<DepartmentNames> Load(IGrainFactory grains, IEnumerable<string> ids)
    {
        var found = await Task.WhenAll(ids.Distinct(StringComparer.Ordinal).Select(id => grains.GetGrain<IOrganizationGrain>(id).Get()));
        return new DepartmentNames(found.OfType<OrganizationProfile>().ToDictionary(p => p.Id));
    }

    /// <summary>The department's name in <paramref name="text"/>'s language.</summary>
    public string Of(string id, PortalText text) => profiles.TryGetValue(id, out var profile)
        ? (text.Language.IsEnglish && profile.NameEn.Length > 0 ? profile.NameEn : profile.NameZh)
        : id;
}
