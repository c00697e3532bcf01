using TenderHall.Grains.Contracts.Fees;

namespace TenderHall.Grains.Fees;

/// <summary>Stored state of <see cref="FeeScheduleGrain"/>.</summary>
public sealed class FeeScheduleState
{
    /// <summary>The published schedule; null until published.</summary>
    public FeeSchedule? Schedule { get; set; }
}
