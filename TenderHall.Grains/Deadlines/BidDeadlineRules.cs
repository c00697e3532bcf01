using TenderHall.Grains.Contracts.Time;

namespace TenderHall.Grains.Deadlines;

/// <summary>The instants derived from a bid deadline: objection and clarification cut-offs, moved and extended deadlines.</summary>
public sealed class BidDeadlineRules(DeadlineCalculator calculator, RuleSet ruleSet, StatutoryPeriods? periods = null)
{
    private readonly StatutoryPeriods periods = periods ?? StatutoryPeriods.Default;

    private StatutoryPeriod Clarification => periods.Get(ruleSet, PeriodId.Clarification);

    /// <summary>
    /// BLR 22: cut-off (exclusive, 24:00 Beijing) for an objection to the tender documents; null under government
    /// procurement, which has no such window (a challenge runs 7 working days from knowing, GPL 52).
    /// </summary>
    public DateTimeOffset? ObjectionCutOff(DateTimeOffset bidDeadline) =>
        periods.TryGet(ruleSet, PeriodId.Objection, out var objection) ? calculator.LatestBefore(bidDeadline, objection) : null;

    /// <summary>BL 23 / GPR 31: cut-off (exclusive) for publishing a clarification without moving the deadline.</summary>
    public DateTimeOffset ClarificationCutOff(DateTimeOffset bidDeadline) => calculator.LatestBefore(bidDeadline, Clarification);

    /// <summary>
    /// BL 23 / GPR 31 "不足十五日的，顺延投标截止时间": the deadline after a clarification published at
    /// <paramref name="clarifiedAt"/>. In time: unchanged. Late: the first day at least 15 days after the clarification,
    /// moved on to a working day (platform choice: openings are held on working days), at the original time of day.
    /// </summary>
    public DateTimeOffset MovedDeadline(DateTimeOffset clarifiedAt, DateTimeOffset currentDeadline)
    {
        if (clarifiedAt < ClarificationCutOff(currentDeadline)) return currentDeadline;
        var earliest = calculator.EarliestAfter(clarifiedAt, Clarification);
        var day = calculator.NextWorkingDay(BeijingTime.DateOf(earliest));
        var moved = BeijingTime.StartOf(day) + BeijingTime.TimeOfDay(currentDeadline);
        return moved < earliest ? moved.AddDays(1) : moved;
    }

    /// <summary>The violation of BL 23 / GPR 31 by a clarification, naming the earliest legal new deadline; null when in time.</summary>
    public DeadlineViolation? CheckClarification(DateTimeOffset clarifiedAt, DateTimeOffset currentDeadline)
    {
        var moved = MovedDeadline(clarifiedAt, currentDeadline);
        return moved == currentDeadline ? null : new DeadlineViolation(
            Clarification.Code, Clarification.Citation, "bidDeadline", currentDeadline, moved, LimitKind.Earliest, Clarification.Amount);
    }

    /// <summary>
    /// The deadline after a suspension (BLR 22, 54, 62: activity paused until an objection or complaint is settled).
    /// Reading: suspended days do not count toward the statutory minimum, so bidders get back the days the suspension
    /// took. By CC 201 the days left at the pause are counted from the day after it and run again from the day after
    /// resumption, so the deadline moves by the calendar days from the pause date to the resumption date, keeps its
    /// time of day, and lands on a working day. A schedule that met BL 24 before the pause still has at least 20
    /// unsuspended days. A pause that starts at or after the deadline changes nothing.
    /// </summary>
    public DateTimeOffset ExtendedDeadline(DateTimeOffset currentDeadline, DateTimeOffset pausedFrom, DateTimeOffset pausedUntil)
    {
        if (pausedUntil < pausedFrom) throw new ArgumentException("A suspension cannot end before it starts.", nameof(pausedUntil));
        if (pausedFrom >= currentDeadline) return currentDeadline;
        var lost = BeijingTime.DateOf(pausedUntil).DayNumber - BeijingTime.DateOf(pausedFrom).DayNumber;
        if (lost == 0) return currentDeadline;
        var day = calculator.NextWorkingDay(BeijingTime.DateOf(currentDeadline).AddDays(lost));
        return BeijingTime.StartOf(day) + BeijingTime.TimeOfDay(currentDeadline);
    }
}
