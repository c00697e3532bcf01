using TenderHall.Grains.Contracts.Projects;
using TenderHall.Grains.Contracts.Tendering;
using TenderHall.Grains.Contracts.Time;
using TenderHall.Grains.Deadlines;

namespace TenderHall.Grains.Tendering;

/// <summary>The deadline engine explaining itself to an agency planning a schedule: the same validator and periods publication checks.</summary>
public sealed partial class TenderDeadlines
{
    private const string Earliest = "Earliest";
    private const string CutOff = "CutOff";

    // A schedule runs weeks; listing at most a year of notice days bounds the walk for a far-off proposal.
    private const int MaxNoticeDays = 366;

    /// <inheritdoc />
    public SchedulePreview Preview(LegalRegime regime, DateTimeOffset now, DateTimeOffset? saleStart, DateTimeOffset? saleEnd, DateTimeOffset? bidDeadline)
    {
        var ruleSet = RuleSetOf(regime);
        var validator = new ScheduleValidator(calculator, periods, hours);
        var start = saleStart ?? CeilingToMinute(now);
        var proposal = new TenderSchedule(now, start, saleEnd ?? start, bidDeadline ?? saleEnd ?? start);
        var given = new[] { ("saleStart", saleStart), ("saleEnd", saleEnd), ("bidDeadline", bidDeadline) }.Where(f => f.Item2 is not null).Select(f => f.Item1).ToHashSet();
        // Only what the agency has typed is wrong; a field still empty is filled with its earliest legal value instead.
        var problems = validator.Validate(proposal, ruleSet, now).Where(v => given.Contains(v.Field))
            .Select(v => new ScheduleProblem(v.Code, v.Field, v.ToException().Args)).ToList();
        var legal = validator.EarliestLegal(proposal, ruleSet, now);
        var soonest = validator.EarliestLegal(new TenderSchedule(now, legal.SaleStart, legal.SaleStart, legal.SaleStart), ruleSet, now);

        var sale = periods.Get(ruleSet, PeriodId.SaleWindow);
        var documents = periods.Get(ruleSet, PeriodId.DocumentsToDeadline);
        var byLaw = calculator.EarliestAfter(legal.SaleStart, documents);
        var limits = new List<ScheduleLimit>
        {
            // A window that must last N days ends no earlier than 24:00 of day N: shown so, as the law counts it.
            Limit("saleEnd", sale, Earliest, calculator.EarliestAfter(legal.SaleStart, sale), BeijingTime.FormatCutOff),
            Limit("bidDeadline", documents, Earliest, byLaw, BeijingTime.FormatEarliest),
        };
        // The opening is held at the deadline on a working day within the centre's hours (BL 34, local rule).
        if (soonest.BidDeadline != byLaw) limits.Add(new("bidDeadline", "SCHED-HOURS", 0, null, Earliest, soonest.BidDeadline, BeijingTime.Format(soonest.BidDeadline)));
        var rules = Rules(regime);
        if (periods.TryGet(ruleSet, PeriodId.Objection, out var objection) && rules.ObjectionCutOff(legal.BidDeadline) is { } objectionCutOff)
            limits.Add(Limit("objection", objection, CutOff, objectionCutOff, BeijingTime.FormatCutOff));
        limits.Add(Limit("clarification", periods.Get(ruleSet, PeriodId.Clarification), CutOff, rules.ClarificationCutOff(legal.BidDeadline), BeijingTime.FormatCutOff));
        return new SchedulePreview(regime, legal.SaleStart, legal.SaleEnd, legal.BidDeadline, limits, problems,
            NoticeDays(BeijingTime.DateOf(legal.SaleStart), BeijingTime.DateOf(legal.BidDeadline)));
    }

    /// <inheritdoc />
    public ClarificationPreview Clarifying(LegalRegime regime, DateTimeOffset at, DateTimeOffset bidDeadline)
    {
        var rules = Rules(regime);
        var period = periods.Get(RuleSetOf(regime), PeriodId.Clarification);
        var moved = rules.MovedDeadline(at, bidDeadline);
        var limit = Limit("clarification", period, CutOff, rules.ClarificationCutOff(bidDeadline), BeijingTime.FormatCutOff);
        return new ClarificationPreview(at, limit, bidDeadline, moved == bidDeadline ? null : moved);
    }

    private static ScheduleLimit Limit(string field, StatutoryPeriod period, string kind, DateTimeOffset at, Func<DateTimeOffset, string> shown) =>
        new(field, period.Code, period.Amount, period.Unit.ToString(), kind, at, shown(at));

    private List<NoticeDay> NoticeDays(DateOnly from, DateOnly to)
    {
        var days = new List<NoticeDay>();
        for (var day = from; day <= to && day.DayNumber - from.DayNumber < MaxNoticeDays; day = day.AddDays(1))
        {
            var year = calendar.Year(day.Year);
            if (year.Holidays.Contains(day)) days.Add(new NoticeDay(day, "Holiday"));
            else if (year.MakeUpWorkdays.Contains(day)) days.Add(new NoticeDay(day, "MakeUpWorkday"));
        }

        return days;
    }

    private static DateTimeOffset CeilingToMinute(DateTimeOffset instant)
    {
        var rest = instant.UtcTicks % TimeSpan.TicksPerMinute;
        return (rest == 0 ? instant : instant.AddTicks(TimeSpan.TicksPerMinute - rest)).ToOffset(BeijingTime.Offset);
    }
}
