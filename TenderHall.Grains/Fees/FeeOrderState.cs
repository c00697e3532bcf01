using TenderHall.Grains.Contracts.Fees;

namespace TenderHall.Grains.Fees;

/// <summary>Stored state of <see cref="FeeOrderGrain"/>.</summary>
public sealed class FeeOrderState
{
    /// <summary>The order; null until opened.</summary>
    public FeeOrder? Order { get; set; }
}
