using TenderHall.Grains.Contracts.Licensing;

namespace TenderHall.Grains.Licensing;

/// <summary>Stored state of <see cref="LicensingItemGrain"/>.</summary>
public sealed class LicensingItemState
{
    /// <summary>The published item; null until published.</summary>
    public LicensingItem? Item { get; set; }
}
