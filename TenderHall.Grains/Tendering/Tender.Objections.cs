using TenderHall.Grains.Contracts.Rules;
using TenderHall.Grains.Contracts.Supervision;
using TenderHall.Grains.Contracts.Tendering;

namespace TenderHall.Grains.Tendering;

/// <summary>Objections to the tender documents (BLR 22): raised in time, answered within 3 days, the tender paused meanwhile.</summary>
public sealed partial class Tender
{
    /// <summary>A document holder objects to the documents; the tender pauses until the tenderee answers.</summary>
    public Objection RaiseObjection(Actor actor, string text, DateTimeOffset now)
    {
        var registration = Registration;
        RequireStatus("raise an objection", TenderStatus.Announced, TenderStatus.DocumentsOnSale, TenderStatus.Tendering, TenderStatus.Suspended);
        var schedule = state.Schedule!;
        // BLR 22: an objection to the documents is raised no later than 10 days before the bid deadline.
        if (schedule.ObjectionCutoff is { } cutoff && now >= cutoff)
            throw RuleViolationException.Of("BLR-22-WINDOW", ("cutoff", RuleValues.Beijing(cutoff)), ("deadline", RuleValues.Beijing(schedule.BidDeadline)));
        var objection = new Objection
        {
            Id = $"O{state.Objections.Count + 1}", ObjectorId = actor.OrganizationId!, Text = Text(text, "text", 10_000), RaisedAt = now,
            AnswerDue = deadlines.ObjectionAnswerDue(registration.Regime, now),
        };
        state.Objections.Add(objection);
        journal.RecordByHolder("tender.objection-raised", now, ("objection", objection.Id), ("answerDue", RuleValues.Iso(objection.AnswerDue)));
        if (state.Status != TenderStatus.Suspended) Pause(SuspensionReason.Objection, TenderJournal.Holder, $"objection {objection.Id}", now, objection.Id);
        journal.Notify([registration.AgencyId], $"objection/{objection.Id}", "tender.objection", now,
            $"招标项目 {Id} 收到异议 {objection.Id}，应在 {Beijing(objection.AnswerDue)} 前答复，答复前暂停招标投标活动。",
            $"Tender {Id} received objection {objection.Id}; answer by {Beijing(objection.AnswerDue)} (Beijing time). The tender is paused until then.");
        return objection;
    }

    /// <summary>The tenderee answers; when no objection is left open, an objection pause ends.</summary>
    public void AnswerObjection(Actor actor, string objectionId, string answer, DateTimeOffset now)
    {
        RequireAgency(actor);
        var objection = state.Objections.FirstOrDefault(o => o.Id == objectionId)
            ?? throw RuleViolationException.Of("REQ-FIELD", ("field", "objectionId"), ("detail", $"objection {objectionId} does not exist"));
        if (objection.AnsweredAt is not null) throw RuleViolationException.Of("TENDER-STATE", ("id", Id), ("status", "answered"), ("action", "answer objection " + objectionId + " again"));
        objection.Answer = Text(answer, "answer", 10_000);
        objection.AnsweredAt = now;
        journal.Record("tender.objection-answered", actor, now, ("objection", objection.Id), ("late", (now > objection.AnswerDue).ToString()));
        if (now > objection.AnswerDue) RaiseOverdue(objection, now);
        journal.Notify([objection.ObjectorId], $"objection/{objection.Id}/answer", "tender.objection-answered", now,
            $"您对招标项目 {Id} 提出的异议 {objection.Id} 已答复。", $"Your objection {objection.Id} to tender {Id} has been answered.");
        var pause = state.Suspensions.LastOrDefault();
        if (state.Status == TenderStatus.Suspended && pause is { Reason: SuspensionReason.Objection, Until: null }
            && state.Objections.All(o => o.AnsweredAt is not null))
            Unpause(actor, now);
    }

    private void AlarmOverdueObjections(DateTimeOffset now)
    {
        foreach (var objection in state.Objections.Where(o => o.AnsweredAt is null && now > o.AnswerDue && !AlarmRaised(o)))
            RaiseOverdue(objection, now);
    }

    private bool AlarmRaised(Objection objection) => state.OverdueAlarms.Contains(objection.Id);

    private void RaiseOverdue(Objection objection, DateTimeOffset now)
    {
        if (AlarmRaised(objection)) return;
        state.OverdueAlarms.Add(objection.Id);
        // BLR 22: the tenderee answers within 3 days; supervision is alarmed when it does not.
        journal.Alarm($"objection/{objection.Id}/overdue", AlarmSeverity.Alarm, "BLR-22", now,
            $"Objection {objection.Id} to tender {Id} was due for an answer at {Beijing(objection.AnswerDue)} (Beijing time).");
    }
}
