namespace TenderHall.Grains.Contracts.Registry;

/// <summary>One registered organisation, keyed by its id.</summary>
public interface IOrganizationGrain : IGrainWithStringKey
{
    /// <summary>Registers the organisation; fails with <c>DIR-EXISTS</c> when the id is taken by a different profile.</summary>
    Task<OrganizationProfile> Register(OrganizationProfile profile);

    /// <summary>The profile, or null when the id is not registered.</summary>
    [Orleans.Concurrency.ReadOnly]
    Task<OrganizationProfile?> Get();

    /// <summary>Adds a key; a current key of the same use is retired, not removed.</summary>
    Task<OrganizationProfile> AddKey(PublicKeyRecord key);
}
