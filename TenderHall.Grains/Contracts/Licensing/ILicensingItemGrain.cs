namespace TenderHall.Grains.Contracts.Licensing;

/// <summary>One published licensing item, keyed by its code.</summary>
public interface ILicensingItemGrain : IGrainWithStringKey
{
    /// <summary>Publishes or updates the item after checking its statutory limits.</summary>
    Task<LicensingItem> Publish(LicensingItem item);

    /// <summary>The item, or null.</summary>
    [Orleans.Concurrency.ReadOnly]
    Task<LicensingItem?> Get();
}
