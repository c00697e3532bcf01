using TenderHall.Grains.Contracts.Projects;
using TenderHall.Grains.Contracts.Rules;
using TenderHall.Grains.Contracts.Supervision;
using TenderHall.Grains.Contracts.Tendering;

namespace TenderHall.Grains.Tendering;

/// <summary>
/// Objections to the tender documents (BLR 22): from document holders and other interested parties, raised in time,
/// answered within 3 days with the tender paused meanwhile; procurement challenges (GPL 52–57) are answered without a pause.
/// </summary>
public sealed partial class Tender
{
    /// <summary>
    /// A document holder objects to the documents. Under the Bidding Law the tender pauses until the tenderee answers
    /// (BLR 22); a government-procurement challenge (质疑) pauses nothing: it is answered within 7 working days (GPL 53), and
    /// only the finance department suspends the procurement, while it handles a complaint (GPL 57).
    /// </summary>
    public Objection RaiseObjection(Actor actor, string text, DateTimeOffset now, IReadOnlyList<string>? evidence = null)
    {
        var objection = Record(actor, text, null, evidence, now);
        if (Registration.Regime == LegalRegime.Engineering) PauseFor(objection, now);
        NotifyAgency(objection, now, paused: Registration.Regime == LegalRegime.Engineering);
        return objection;
    }

    /// <summary>
    /// An interested party that did not obtain the documents objects, stating the ground of its interest (BLR 22
    /// "其他利害关系人"). Nothing pauses until the agency accepts that ground (<see cref="ReviewInterest"/>), so a stranger
    /// cannot stall a tender by objecting.
    /// </summary>
    public Objection RaiseInterestedObjection(Actor actor, string? text, string? ground, DateTimeOffset now, IReadOnlyList<string>? evidence = null)
    {
        if (string.IsNullOrWhiteSpace(ground)) throw RuleViolationException.Of("BLR-22-INTEREST", ("id", Id));
        var objection = Record(actor, text, Text(ground, "interestGround", 2000), evidence, now);
        NotifyAgency(objection, now, paused: false);
        return objection;
    }

    /// <summary>The agency accepts the stated interest (the objection then counts as a holder's) or rejects it, which closes the objection.</summary>
    public void ReviewInterest(Actor actor, string objectionId, bool accepted, string note, DateTimeOffset now)
    {
        RequireAgency(actor);
        var objection = Find(objectionId);
        if (objection.InterestGround is null || objection.InterestAccepted is not null || objection.AnsweredAt is not null)
            throw RuleViolationException.Of("TENDER-STATE", ("id", Id), ("status", "without an interest to review"), ("action", "review objection " + objectionId));
        var reason = Text(note, "note", 2000);
        objection.InterestAccepted = accepted;
        journal.Record("tender.objection-interest-reviewed", actor, now, ("objection", objection.Id), ("accepted", accepted.ToString()));
        if (accepted)
        {
            if (Registration.Regime == LegalRegime.Engineering) PauseFor(objection, now);
            return;
        }

        // Not an interested party: the objection is closed with the reason, as an answer the objector is told.
        Close(actor, objection, "不属于利害关系人：" + reason, now);
    }

    /// <summary>The tenderee answers; when no objection is left open, an objection pause ends.</summary>
    public void AnswerObjection(Actor actor, string objectionId, string answer, DateTimeOffset now)
    {
        RequireAgency(actor);
        var objection = Find(objectionId);
        if (objection.AnsweredAt is not null) throw RuleViolationException.Of("TENDER-STATE", ("id", Id), ("status", "answered"), ("action", "answer objection " + objectionId + " again"));
        Close(actor, objection, Text(answer, "answer", 10_000), now);
    }

    /// <summary>Most evidence files one objection carries.</summary>
    public const int MaxObjectionEvidence = 20;

    private Objection Record(Actor actor, string? text, string? ground, IReadOnlyList<string>? evidence, DateTimeOffset now)
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
            AnswerDue = deadlines.ObjectionAnswerDue(registration.Regime, now), InterestGround = ground,
            Evidence = [.. evidence ?? []],
        };
        state.Objections.Add(objection);
        journal.RecordByHolder("tender.objection-raised", now, ("objection", objection.Id), ("answerDue", RuleValues.Iso(objection.AnswerDue)));
        return objection;
    }

    private void PauseFor(Objection objection, DateTimeOffset now)
    {
        if (state.Status != TenderStatus.Suspended) Pause(SuspensionReason.Objection, TenderJournal.Holder, $"objection {objection.Id}", now, objection.Id);
    }

    private void NotifyAgency(Objection objection, DateTimeOffset now, bool paused)
    {
        var (zh, en) = (paused, objection.InterestGround is null) switch
        {
            (true, _) => ("答复前暂停招标投标活动。", "The tender is paused until then."),
            (false, true) => ("政府采购质疑不暂停采购活动（政府采购法第五十七条）。", "A procurement challenge does not pause the procurement (GPL 57)."),
            _ => ("异议人未获取招标文件，请先审查其陈述的利害关系。", "The objector did not obtain the documents: review the interest it states first."),
        };
        journal.Notify([Registration.AgencyId], $"objection/{objection.Id}", "tender.objection", now,
            $"招标项目 {Id} 收到异议 {objection.Id}，应在 {Beijing(objection.AnswerDue)} 前答复。{zh}",
            $"Tender {Id} received objection {objection.Id}; answer by {Beijing(objection.AnswerDue)} (Beijing time). {en}");
    }

    private Objection Find(string objectionId) =>
        state.Objections.FirstOrDefault(o => o.Id == objectionId)
        ?? throw RuleViolationException.Of("REQ-FIELD", ("field", "objectionId"), ("detail", $"objection {objectionId} does not exist"));

    private void Close(Actor actor, Objection objection, string answer, DateTimeOffset now)
    {
        objection.Answer = answer;
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
