using TenderHall.Grains.Contracts.Accounts;
using TenderHall.Grains.Contracts.Complaints;
using TenderHall.Grains.Contracts.Projects;
using TenderHall.Grains.Contracts.Rules;
using TenderHall.Grains.Contracts.Supervision;
using TenderHall.Grains.Contracts.Tendering;
using TenderHall.Grains.Deadlines;
using TenderHall.Grains.Tendering;

namespace TenderHall.Grains.Complaints;

/// <summary>
/// The rules of one complaint as a plain class over its view: filing windows, the acceptance and decision clocks in working
/// days (BLR 60–61, GPL 55–56), and the alarms when supervision lets one pass.
/// </summary>
public sealed class ComplaintCase(ComplaintView view, List<string> alarmsRaised, TenderDeadlines deadlines)
{
    /// <summary>Alarms the last command raised.</summary>
    public List<SupervisionAlarm> Alarms { get; } = [];

    /// <summary>Files the complaint; <paramref name="challengeAnswerDue"/> is the GP challenge's answer deadline, when one was named.</summary>
    public void File(string id, ComplaintFiling filing, Actor actor, LegalRegime regime, DateTimeOffset? challengeAnswerDue, DateTimeOffset now)
    {
        if (view.FiledAt != default) throw RuleViolationException.Of("DIR-EXISTS", ("id", id));
        if ((!actor.Is(Roles.Bidder) && !actor.Is(Roles.Complainant)) || actor.OrganizationId is null) throw RuleViolationException.Of("AUTH-FORBIDDEN");
        if (string.IsNullOrWhiteSpace(filing.Text) || filing.Text.Length > 20_000)
            throw RuleViolationException.Of("REQ-FIELD", ("field", "text"), ("detail", "1-20000 characters"));
        if (filing.KnownAt > now) throw RuleViolationException.Of("REQ-FIELD", ("field", "knownAt"), ("detail", "not in the future"));
        if (regime == LegalRegime.GovernmentProcurement)
        {
            // GPL 55: a procurement complaint follows a challenge, within 15 working days after its answer was due.
            var answerDue = challengeAnswerDue ?? throw RuleViolationException.Of("GPL-55-CHALLENGE", ("tender", filing.TenderId));
            if (now >= deadlines.After(regime, PeriodId.Complaint, answerDue)) throw RuleViolationException.Of("GPL-55-LATE", ("due", RuleValues.Beijing(deadlines.After(regime, PeriodId.Complaint, answerDue)!.Value)));
            view.DecisionDue = deadlines.After(regime, PeriodId.ComplaintDecision, now);
        }
        else
        {
            // BLR 60: within 10 days of knowing; BLR 61: accepted or rejected within 3 working days of receipt.
            var window = deadlines.After(regime, PeriodId.Complaint, filing.KnownAt)!.Value;
            if (now >= window) throw RuleViolationException.Of("BLR-60-LATE", ("due", RuleValues.Beijing(window)));
            view.AcceptanceDue = deadlines.After(regime, PeriodId.ComplaintAcceptance, now);
        }

        view.Id = id;
        view.Filing = filing;
        view.ComplainantId = actor.OrganizationId;
        view.Regime = regime;
        view.Status = ComplaintStatus.Filed;
        view.FiledAt = now;
    }

    /// <summary>The complainant or a supervisor may read the case; nobody else learns of it.</summary>
    public void RequireReader(Actor actor)
    {
        if (view.FiledAt == default) throw RuleViolationException.Of("DIR-NOT-FOUND", ("id", view.Id));
        if (!actor.Is(Roles.Supervisor) && actor.OrganizationId != view.ComplainantId) throw RuleViolationException.Of("AUTH-FORBIDDEN");
    }

    /// <summary>A supervisor accepts the complaint (the 30 working days start) or rejects it with its reason (BLR 61).</summary>
    public void Review(bool accept, string? note, Actor actor, DateTimeOffset now)
    {
        RequireSupervisor(actor, ComplaintStatus.Filed, "review");
        if (view.Regime == LegalRegime.GovernmentProcurement && accept) throw State("accept (a procurement complaint is decided from its receipt, GPL 56)");
        view.Note = Note(note);
        view.AcceptedAt = now;
        view.Status = accept ? ComplaintStatus.Accepted : ComplaintStatus.Rejected;
        if (accept) view.DecisionDue = deadlines.After(view.Regime, PeriodId.ComplaintDecision, now);
    }

    /// <summary>
    /// A supervisor orders the tender suspended for the complaint (BLR 62, GPL 57); returns the note the tender records. The
    /// grain writes the order first, then pauses the tender.
    /// </summary>
    public string SuspendTender(Actor actor, string? note)
    {
        var order = RequireSuspendable(actor, note);
        view.TenderSuspended = true;
        return order;
    }

    /// <summary>Refuses unless a supervisor may suspend the tender for this open complaint with <paramref name="note"/>; returns the note the tender records.</summary>
    public string RequireSuspendable(Actor actor, string? note)
    {
        RequireOpen(actor, "suspend the tender");
        return string.IsNullOrWhiteSpace(note) || note.Trim().Length > 1_900
            ? throw RuleViolationException.Of("REQ-FIELD", ("field", "note"), ("detail", "1-1900 characters"))
            : $"投诉 {view.Id}：{note.Trim()}";
    }

    /// <summary>Refuses unless a supervisor may decide the complaint now (checked before the tender is moved).</summary>
    public string RequireDecidable(ComplaintOutcome outcome, string? note, Actor actor)
    {
        RequireOpen(actor, "decide");
        if (view.Status == ComplaintStatus.Filed && view.Regime == LegalRegime.Engineering) throw State("decide before accepting (BLR 61)");
        if (!Enum.IsDefined(outcome)) throw RuleViolationException.Of("REQ-FIELD", ("field", "outcome"), ("detail", "Dismissed, Reevaluate or Retender"));
        return Note(note);
    }

    /// <summary>A supervisor decides in writing.</summary>
    public void Decide(ComplaintOutcome outcome, string? note, Actor actor, DateTimeOffset now)
    {
        view.Note = RequireDecidable(outcome, note, actor);
        view.Outcome = outcome;
        view.DecidedAt = now;
        view.Status = ComplaintStatus.Decided;
    }

    /// <summary>Raises the alarms of the clocks that passed by <paramref name="now"/>, each once.</summary>
    public void Advance(DateTimeOffset now)
    {
        foreach (var clock in Clocks().Where(c => now >= c.At && !alarmsRaised.Contains(c.Id)).ToList())
        {
            alarmsRaised.Add(clock.Id);
            Alarms.Add(new SupervisionAlarm
            {
                Id = $"complaint/{view.Id}/{clock.Id}", Severity = AlarmSeverity.Alarm, Code = clock.Code, Subject = "tender/" + view.Filing.TenderId, RaisedAt = now,
                Message = $"Complaint {view.Id} about tender {view.Filing.TenderId} was due to be {clock.Id} by {RuleValues.Beijing(clock.At)} (Beijing time).",
            });
        }
    }

    /// <summary>The next clock to watch, or null.</summary>
    public DateTimeOffset? NextDue() => Clocks().Where(c => !alarmsRaised.Contains(c.Id)).Select(c => (DateTimeOffset?)c.At).Min();

    private IEnumerable<(string Id, DateTimeOffset At, string Code)> Clocks()
    {
        if (view.Status == ComplaintStatus.Filed && view.AcceptanceDue is { } accept) yield return ("accepted", accept, "BLR-61-ACCEPT");
        if (view.Status is ComplaintStatus.Filed or ComplaintStatus.Accepted && view.DecisionDue is { } decide)
            yield return ("decided", decide, view.Regime == LegalRegime.Engineering ? "BLR-61-DECIDE" : "GPL-56");
    }

    private void RequireOpen(Actor actor, string action)
    {
        if (!actor.Is(Roles.Supervisor)) throw RuleViolationException.Of("AUTH-FORBIDDEN");
        if (view.Status is not (ComplaintStatus.Filed or ComplaintStatus.Accepted)) throw State(action);
    }

    private void RequireSupervisor(Actor actor, ComplaintStatus status, string action)
    {
        if (!actor.Is(Roles.Supervisor)) throw RuleViolationException.Of("AUTH-FORBIDDEN");
        if (view.Status != status) throw State(action);
    }

    private RuleViolationException State(string action) =>
        RuleViolationException.Of("COMPLAINT-STATE", ("id", view.Id), ("status", view.Status.ToString()), ("action", action));

    private static string Note(string? note) =>
        string.IsNullOrWhiteSpace(note) || note.Length > 10_000 ? throw RuleViolationException.Of("REQ-FIELD", ("field", "note"), ("detail", "1-10000 characters")) : note.Trim();
}
