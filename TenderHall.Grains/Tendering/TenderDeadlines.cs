using TenderHall.Grains.Contracts.Projects;
using TenderHall.Grains.Contracts.Tendering;
using TenderHall.Grains.Deadlines;

namespace TenderHall.Grains.Tendering;

/// <summary>The statutory deadline engine as a tender uses it: one calendar, both rule sets.</summary>
public sealed partial class TenderDeadlines(HolidayCalendar calendar, StatutoryPeriods periods, OpeningHours? hours = null) : ITenderCalendar
{
    private readonly DeadlineCalculator calculator = new(calendar);

    /// <summary>Checks a schedule published at <paramref name="now"/> (BL 24, BLR 16, GPR 31) and returns it with its cut-offs.</summary>
    public TenderScheduleView Validate(LegalRegime regime, DateTimeOffset now, DateTimeOffset saleStart, DateTimeOffset saleEnd, DateTimeOffset bidDeadline)
    {
        new ScheduleValidator(calculator, periods, hours).Require(new TenderSchedule(now, saleStart, saleEnd, bidDeadline), RuleSetOf(regime), now);
        var schedule = new TenderScheduleView
        {
            AnnouncedAt = now, SaleStart = saleStart, SaleEnd = saleEnd, BidDeadline = bidDeadline, OriginalBidDeadline = bidDeadline,
        };
        Refresh(regime, schedule);
        return schedule;
    }

    /// <summary>The earliest legal schedule published at <paramref name="now"/> not before the dates proposed (see <see cref="ScheduleValidator.EarliestLegal"/>).</summary>
    public TenderSchedule EarliestLegal(LegalRegime regime, DateTimeOffset now, DateTimeOffset saleStart, DateTimeOffset saleEnd, DateTimeOffset bidDeadline) =>
        new ScheduleValidator(calculator, periods, hours).EarliestLegal(new TenderSchedule(now, saleStart, saleEnd, bidDeadline), RuleSetOf(regime), now);

    /// <summary>Recomputes the objection and clarification cut-offs after the deadline moved.</summary>
    public void Refresh(LegalRegime regime, TenderScheduleView schedule)
    {
        var rules = Rules(regime);
        schedule.ObjectionCutoff = rules.ObjectionCutOff(schedule.BidDeadline);
        schedule.ClarificationCutoff = rules.ClarificationCutOff(schedule.BidDeadline);
    }

    /// <summary>The deadline a clarification published at <paramref name="clarifiedAt"/> moves to (BL 23), or null when it is in time.</summary>
    public DateTimeOffset? MovedDeadline(LegalRegime regime, DateTimeOffset clarifiedAt, DateTimeOffset deadline)
    {
        var moved = Rules(regime).MovedDeadline(clarifiedAt, deadline);
        return moved == deadline ? null : moved;
    }

    /// <summary>When an objection raised at <paramref name="raisedAt"/> must be answered: 3 days (BLR 22), or 7 working days for a procurement challenge (GPL 53).</summary>
    public DateTimeOffset ObjectionAnswerDue(LegalRegime regime, DateTimeOffset raisedAt)
    {
        var ruleSet = RuleSetOf(regime);
        var period = periods.TryGet(ruleSet, PeriodId.ObjectionAnswer, out var answer) ? answer : periods.Get(ruleSet, PeriodId.ChallengeAnswer);
        return calculator.EndOf(raisedAt, period);
    }

    /// <summary>The deadline after a pause from <paramref name="from"/> to <paramref name="until"/> (BLR 22, 62).</summary>
    public DateTimeOffset ExtendedDeadline(LegalRegime regime, TenderScheduleView schedule, DateTimeOffset from, DateTimeOffset until) =>
        Rules(regime).ExtendedDeadline(schedule.BidDeadline, from, until);

    /// <summary>End (24:00 Beijing, exclusive) of period <paramref name="id"/> counted from <paramref name="from"/> (CC 201–203), or null when the regime's law has no such period.</summary>
    public DateTimeOffset? After(LegalRegime regime, PeriodId id, DateTimeOffset from) =>
        periods.TryGet(RuleSetOf(regime), id, out var period) ? calculator.EndOf(from, period) : null;

    private BidDeadlineRules Rules(LegalRegime regime) => new(calculator, RuleSetOf(regime), periods);

    private static RuleSet RuleSetOf(LegalRegime regime) =>
        regime == LegalRegime.GovernmentProcurement ? RuleSet.GovernmentProcurement : RuleSet.Engineering;

    bool ITenderCalendar.IsWorkingDay(DateOnly day) => calendar.IsWorkingDay(day);

    (DateTimeOffset SaleEnd, DateTimeOffset BidDeadline) ITenderCalendar.EarliestLegal(
        LegalRegime regime, DateTimeOffset now, DateTimeOffset saleStart, DateTimeOffset saleEnd, DateTimeOffset bidDeadline)
    {
        var legal = EarliestLegal(regime, now, saleStart, saleEnd, bidDeadline);
        return (legal.SaleEnd, legal.BidDeadline);
    }
}
