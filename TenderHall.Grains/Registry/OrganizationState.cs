using TenderHall.Grains.Contracts.Registry;

namespace TenderHall.Grains.Registry;

/// <summary>Stored state of <see cref="OrganizationGrain"/>.</summary>
public sealed class OrganizationState
{
    /// <summary>The registered profile; null until registration.</summary>
    public OrganizationProfile? Profile { get; set; }
}
