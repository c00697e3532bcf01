using TenderHall.Grains.Contracts.Hall;
using TenderHall.Grains.Contracts.Licensing;
using TenderHall.Grains.Contracts.Ratings;
using TenderHall.Grains.Contracts.Rules;

namespace TenderHall.Grains.Ratings;

/// <summary>The rules of one rating (国办发〔2019〕51号): plain functions over the view, the grain only stores and delivers.</summary>
public static class RatingRules
{
    /// <summary>The case statuses a rating may follow: its decision is made (or it was not accepted).</summary>
    public static readonly IReadOnlySet<CaseStatus> Done = new HashSet<CaseStatus> { CaseStatus.NotAccepted, CaseStatus.Approved, CaseStatus.Denied, CaseStatus.Certified };

    /// <summary>A bad rating is followed up (不满意, 非常不满意).</summary>
    public static bool IsBad(RatingLevel level) => level is RatingLevel.Dissatisfied or RatingLevel.VeryDissatisfied;

    /// <summary>The rating of <paramref name="view"/>'s case, with its follow-up due at <paramref name="due"/> when bad.</summary>
    public static RatingView Rate(string id, CaseView view, RatingLevel level, string? comment, DateTimeOffset now, DateTimeOffset due)
    {
        if (!Enum.IsDefined(level)) throw RuleViolationException.Of("REQ-FIELD", ("field", "level"), ("detail", "one of the five levels"));
        if (!Done.Contains(view.Status)) throw RuleViolationException.Of("RATING-NOT-YET", ("case", view.CaseNumber), ("status", view.Status));
        return new RatingView
        {
            Id = id, DepartmentId = view.Item.DepartmentId, WindowId = view.WindowId, Level = level, Comment = Text(comment, "comment", optional: true), RatedAt = now,
            FollowUp = IsBad(level) ? new RatingFollowUp { Due = due } : null,
        };
    }

    /// <summary>The rating of a hall visit (一次一评): once its ticket was served; the visited window's department follows it up.</summary>
    public static RatingView RateVisit(string id, VisitTicket ticket, RatingLevel level, string? comment, DateTimeOffset now, DateTimeOffset due)
    {
        if (!Enum.IsDefined(level)) throw RuleViolationException.Of("REQ-FIELD", ("field", "level"), ("detail", "one of the five levels"));
        if (ticket.Status != TicketStatus.Served) throw RuleViolationException.Of("RATING-VISIT-NOT-YET", ("ticket", ticket.Code), ("status", ticket.Status));
        return new RatingView
        {
            Id = id, DepartmentId = ticket.WindowId, WindowId = ticket.WindowId, Level = level, Comment = Text(comment, "comment", optional: true), RatedAt = now,
            FollowUp = IsBad(level) ? new RatingFollowUp { Due = due } : null,
        };
    }

    /// <summary>Takes <paramref name="step"/>: the next one in order, on an open follow-up.</summary>
    public static void FollowUp(RatingView view, FollowUpStep step, string? note, string by, DateTimeOffset now)
    {
        var followUp = view.FollowUp ?? throw Refused(view, "RATING-FOLLOW-UP", "only a bad rating is followed up");
        if (followUp.Closed) throw Refused(view, "RATING-FOLLOW-UP", "the follow-up is closed");
        var next = (FollowUpStep)(followUp.Steps.Count + 1);
        if (step != next) throw Refused(view, "RATING-FOLLOW-UP", $"the next step is {next}");
        followUp.Steps.Add(new RatingFollowUpEntry(step, now, by, Text(note, "note", optional: false)));
        followUp.Closed = step == FollowUpStep.Recorded;
    }

    /// <summary>The department's appeal: once, against a bad rating.</summary>
    public static void Appeal(RatingView view, string? reason, DateTimeOffset now)
    {
        if (!IsBad(view.Level)) throw Refused(view, "RATING-APPEAL", "only a bad rating is appealed");
        if (view.Appeal is not null) throw Refused(view, "RATING-APPEAL", "a rating is appealed once");
        view.Appeal = new RatingAppeal { Reason = Text(reason, "reason", optional: false), At = now };
    }

    /// <summary>The centre's decision; an upheld appeal takes the rating out of the results and ends its follow-up.</summary>
    public static void Decide(RatingView view, bool upheld, string? reason)
    {
        if (view.Appeal is not { Upheld: null } appeal) throw Refused(view, "RATING-APPEAL", "no appeal is pending");
        (appeal.Upheld, appeal.Decision) = (upheld, Text(reason, "reason", optional: false));
        if (!upheld) return;
        view.Excluded = true;
        if (view.FollowUp is { } followUp) followUp.Closed = true;
    }

    /// <summary>True when the follow-up is open and its limit has passed.</summary>
    public static bool IsOverdue(RatingView view, DateTimeOffset now) => view.FollowUp is { Closed: false } f && now >= f.Due;

    /// <summary>The results of <paramref name="id"/> over the ratings <paramref name="kept"/> (by id), <paramref name="excluded"/> left out by upheld appeals.</summary>
    public static RatingTally Tally(string id, IEnumerable<(string RatingId, RatingLevel Level)> kept, int excluded)
    {
        var ratings = kept.ToList();
        var visits = ratings.Count(r => r.RatingId.StartsWith(RatingKeys.VisitPrefix, StringComparison.Ordinal));
        var satisfied = ratings.Count(r => r.Level >= RatingLevel.Basic);
        return new RatingTally
        {
            DepartmentId = id, Counts = Enum.GetValues<RatingLevel>().ToDictionary(l => l, l => ratings.Count(r => r.Level == l)), Total = ratings.Count,
            Excluded = excluded, Cases = ratings.Count - visits, Visits = visits,
            SatisfiedRate = ratings.Count == 0 ? 0 : Math.Round((decimal)satisfied / ratings.Count, 4),
        };
    }

    private static RuleViolationException Refused(RatingView view, string rule, string detail) => RuleViolationException.Of(rule, ("id", view.Id), ("detail", detail));

    private static string Text(string? value, string field, bool optional) =>
        (value?.Trim() ?? "") is var text && (text.Length > 500 || (!optional && text.Length == 0))
            ? throw RuleViolationException.Of("REQ-FIELD", ("field", field), ("detail", optional ? "at most 500 characters" : "1-500 characters"))
            : text;
}
