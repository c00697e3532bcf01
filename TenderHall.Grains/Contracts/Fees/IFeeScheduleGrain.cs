namespace TenderHall.Grains.Contracts.Fees;

/// <summary>The published fee standard of one tender, keyed by tender id.</summary>
public interface IFeeScheduleGrain : IGrainWithStringKey
{
    /// <summary>Publishes (or republishes) the schedule after checking the deposit cap (BLR 26).</summary>
    Task<FeeSchedule> Publish(FeeSchedule schedule);

    /// <summary>The schedule, or null.</summary>
    [Orleans.Concurrency.ReadOnly]
    Task<FeeSchedule?> Get();
}
