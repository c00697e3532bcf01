using TenderHall.Grains.Contracts.Accounts;
using TenderHall.Grains.Contracts.Projects;
using TenderHall.Grains.Contracts.Rules;
using TenderHall.Grains.Contracts.Supervision;
using TenderHall.Grains.Contracts.Tendering;

namespace TenderHall.Grains.Tendering;

/// <summary>
/// A tender's rules from registration to the bid deadline, as a plain class over <see cref="TenderState"/>: every
/// command checks, changes the state, and records its events; the grain only loads, calls, writes and publishes.
/// </summary>
public sealed partial class Tender
{
    private readonly TenderState state;
    private readonly TenderDeadlines deadlines;
    private readonly TenderLifecycle lifecycle;
    private readonly TenderJournal journal;

    /// <summary>Wraps the state of tender <paramref name="id"/>.</summary>
    public Tender(string id, TenderState state, TenderDeadlines deadlines)
    {
        Id = id;
        this.state = state;
        this.deadlines = deadlines;
        lifecycle = new TenderLifecycle(() => state.Status, s => state.Status = s, () => state.ResumeTo);
        journal = new TenderJournal(id, state);
    }

    /// <summary>The tender id.</summary>
    public string Id { get; }

    /// <summary>Notifications and alarms the last commands produced.</summary>
    public TenderEffects Effects => journal.Effects;

    /// <summary>Registers the tender for <paramref name="project"/>; the registration must match the approved scheme (BLR 7).</summary>
    public void Register(TenderRegistration registration, ProjectRegistration project, Actor actor, DateTimeOffset now)
    {
        if (state.Registration is not null) throw RuleViolationException.Of("DIR-EXISTS", ("id", Id));
        RequireRole(actor, Roles.Agency);
        TenderRegistrationRules.Validate(registration, project);
        state.Registration = registration;
        state.Status = TenderStatus.Registered;
        journal.Record("tender.registered", actor, now, ("project", project.Code), ("lot", registration.Lot),
            ("method", registration.Method.ToString()), ("agency", registration.AgencyId));
    }

    /// <summary>Refuses unless <paramref name="actor"/> may publish the tender now (checked before its opening key is made).</summary>
    public void RequirePublishable(Actor actor)
    {
        RequireAgency(actor);
        RequireTrigger(TenderTrigger.Announce, "publish");
    }

    /// <summary>Publishes the announcement and schedule, checked by the statutory deadline engine (BL 24, BLR 16, GPR 31).</summary>
    public void Publish(DateTimeOffset saleStart, DateTimeOffset saleEnd, DateTimeOffset bidDeadline, string announcement,
        DocumentVersion documents, Actor actor, DateTimeOffset now, Contracts.Evaluation.EvaluationMethod? evaluationMethod = null)
    {
        RequirePublishable(actor);
        var registration = Registration;
        if (string.IsNullOrWhiteSpace(announcement) || announcement.Length > 20_000)
            throw RuleViolationException.Of("REQ-FIELD", ("field", "announcement"), ("detail", "1-20000 characters"));
        var schedule = deadlines.Validate(registration.Regime, now, saleStart, saleEnd, bidDeadline);
        documents.Version = 1;
        documents.PublishedAt = now;
        state.Documents.Add(documents);
        state.Schedule = schedule;
        state.Announcement = announcement;
        state.EvaluationMethod = evaluationMethod;
        lifecycle.Fire(TenderTrigger.Announce);
        (string, string)[] announced = [("saleStart", RuleValues.Iso(saleStart)), ("saleEnd", RuleValues.Iso(saleEnd)),
            ("bidDeadline", RuleValues.Iso(bidDeadline)), ("documentsSha256", documents.Sha256)];
        // The method is part of the documents: its hash is published with theirs, so it cannot change unseen (BL 19, 40).
        if (evaluationMethod is not null) announced = [.. announced, ("evaluationMethodSha256", Evaluation.EvaluationMethodRules.Sha256(evaluationMethod))];
        journal.Record("tender.announced", actor, now, announced);
        Advance(now);
    }

    /// <summary>Fires every timed transition that is due at <paramref name="now"/>; firing twice changes nothing.</summary>
    public void Advance(DateTimeOffset now)
    {
        if (state.Schedule is not { } schedule) return;
        if (state.Status == TenderStatus.Announced && now >= schedule.SaleStart) Timed(TenderTrigger.OpenSale, "tender.sale-opened", now);
        if (state.Status == TenderStatus.DocumentsOnSale && now >= schedule.SaleEnd) Timed(TenderTrigger.CloseSale, "tender.sale-closed", now);
        if (state.Status == TenderStatus.Tendering && now >= schedule.BidDeadline)
        {
            Timed(TenderTrigger.PassDeadline, "tender.deadline-passed", now);
            journal.Effects.DeadlinePassed = true;
        }
        AlarmOverdueObjections(now);
        AlarmAfterOpening(now);
    }

    /// <summary>The next instant something is due (a transition or an objection answer), or null.</summary>
    public DateTimeOffset? NextDue()
    {
        if (state.Schedule is not { } schedule) return null;
        DateTimeOffset? due = state.Status switch
        {
            TenderStatus.Announced => schedule.SaleStart,
            TenderStatus.DocumentsOnSale => schedule.SaleEnd,
            TenderStatus.Tendering => schedule.BidDeadline,
            _ => null,
        };
        foreach (var objection in state.Objections.Where(o => o.AnsweredAt is null && !AlarmRaised(o)))
            if (due is null || objection.AnswerDue < due) due = objection.AnswerDue;
        return NextDueAfterOpening(due);
    }

    private void Timed(TenderTrigger trigger, string type, DateTimeOffset now)
    {
        lifecycle.Fire(trigger);
        journal.Record(type, Actor.System, now);
    }
}
