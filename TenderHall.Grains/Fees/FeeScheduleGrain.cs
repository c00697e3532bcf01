using TenderHall.Grains.Contracts.Fees;
using TenderHall.Grains.Contracts.Time;
using TenderHall.Grains.Storage.Schema;

namespace TenderHall.Grains.Fees;

/// <summary>The published fee schedule of one tender.</summary>
[GrainType("th-fee-schedule")]
public sealed class FeeScheduleGrain(
    [PersistentState("fee-schedule", StorageNames.Default)] IPersistentState<FeeScheduleState> state,
    PlatformClock clock) : Grain, IFeeScheduleGrain
{
    /// <inheritdoc />
    public async Task<FeeSchedule> Publish(FeeSchedule schedule)
    {
        schedule.SubjectId = this.GetPrimaryKeyString();
        FeeScheduleRules.Validate(schedule);
        if (state.State.Schedule is { } current && current.DocumentFeeFen == schedule.DocumentFeeFen && current.DepositFen == schedule.DepositFen
            && current.EstimatedPriceFen == schedule.EstimatedPriceFen && current.Basis == schedule.Basis && current.Regime == schedule.Regime)
            return current;

        // Orders already opened keep the amount they were opened at; a new standard applies to new orders.
        schedule.PublishedAt = clock.UtcNow;
        state.State.Schedule = schedule;
        await state.WriteStateAsync();
        return schedule;
    }

    /// <inheritdoc />
    public Task<FeeSchedule?> Get() => Task.FromResult(state.State.Schedule);
}
