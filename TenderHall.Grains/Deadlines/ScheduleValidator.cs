using TenderHall.Grains.Contracts.Time;

namespace TenderHall.Grains.Deadlines;

/// <summary>Checks a tender schedule against the statutory periods of its rule set and reports every breach.</summary>
public sealed class ScheduleValidator(DeadlineCalculator calculator, StatutoryPeriods? periods = null, OpeningHours? hours = null)
{
    private const string OrderCode = "SCHED-ORDER";
    private const string OrderCitation = "Platform schedule policy: documents follow the announcement; bids close no earlier than the sale ends.";
    private const string HoursCode = "SCHED-HOURS";
    private const string HoursCitation = "Local rule: the opening is held at the bid deadline with supervisors present (BL 34), on a working day within the centre's opening hours.";
    private readonly StatutoryPeriods periods = periods ?? StatutoryPeriods.Default;
    private readonly OpeningHours hours = hours ?? new OpeningHours();

    /// <summary>
    /// Every violation, in field order, each with the earliest legal instant for its field given the other fields as they
    /// are. An earliest instant is never before <paramref name="now"/> (rounded up to the minute): a schedule is changed
    /// now, so no past time is offered as a fix.
    /// </summary>
    public IReadOnlyList<DeadlineViolation> Validate(TenderSchedule schedule, RuleSet ruleSet, DateTimeOffset now)
    {
        var found = new List<DeadlineViolation?>
        {
            Order("saleStart", schedule.SaleStart, schedule.Announcement),
            // BLR 16 / GPR 31: the sale window runs from the first issue of the documents.
            calculator.Check(periods.Get(ruleSet, PeriodId.SaleWindow), schedule.SaleStart, schedule.SaleEnd, "saleEnd"),
            Order("bidDeadline", schedule.BidDeadline, schedule.SaleEnd),
            // BL 24 / GPL 35: "自招标文件开始发出之日起" — the documents are first issued when the sale starts.
            calculator.Check(periods.Get(ruleSet, PeriodId.DocumentsToDeadline), schedule.SaleStart, schedule.BidDeadline, "bidDeadline"),
            Hours(schedule.BidDeadline),
        };
        var floor = CeilingToMinute(now);
        return [.. found.OfType<DeadlineViolation>().Select(v => v.Limit < floor ? v with { Limit = floor } : v)];
    }

    /// <summary>Throws the first violation as a rule error whose values include <c>earliest</c>; does nothing for a legal schedule.</summary>
    public void Require(TenderSchedule schedule, RuleSet ruleSet, DateTimeOffset now)
    {
        var violations = Validate(schedule, ruleSet, now);
        if (violations.Count > 0) throw violations[0].ToException();
    }

    /// <summary>
    /// The earliest legal schedule not before <paramref name="proposal"/>: each refused field moves to the earliest
    /// instant its violation names, until nothing is refused (what an agency does with the errors, e.g. when a holiday
    /// lengthens a period counted in days, CC 203).
    /// </summary>
    public TenderSchedule EarliestLegal(TenderSchedule proposal, RuleSet ruleSet, DateTimeOffset now)
    {
        var schedule = proposal;
        // Each move only pushes later fields' limits further out; four fields and the opening hours settle in as many rounds.
        for (var round = 0; round <= 5; round++)
        {
            if (Validate(schedule, ruleSet, now) is not [var first, ..]) return schedule;
            schedule = first.Field switch
            {
                "saleStart" => schedule with { SaleStart = first.Limit },
                "saleEnd" => schedule with { SaleEnd = first.Limit },
                "bidDeadline" => schedule with { BidDeadline = first.Limit },
                _ => throw first.ToException(),
            };
        }

        Require(schedule, ruleSet, now);
        return schedule;
    }

    private DeadlineViolation? Hours(DateTimeOffset bidDeadline) =>
        hours.EarliestAtOrAfter(bidDeadline, calculator.Calendar) is var earliest && earliest != bidDeadline
            ? new DeadlineViolation(HoursCode, HoursCitation, "bidDeadline", bidDeadline, earliest, LimitKind.Earliest, 0)
            : null;

    private static DeadlineViolation? Order(string field, DateTimeOffset actual, DateTimeOffset earliest) =>
        actual < earliest ? new DeadlineViolation(OrderCode, OrderCitation, field, actual, earliest, LimitKind.Earliest, 0) : null;

    private static DateTimeOffset CeilingToMinute(DateTimeOffset instant)
    {
        var rest = instant.UtcTicks % TimeSpan.TicksPerMinute;
        return (rest == 0 ? instant : instant.AddTicks(TimeSpan.TicksPerMinute - rest)).ToOffset(BeijingTime.Offset);
    }
}
