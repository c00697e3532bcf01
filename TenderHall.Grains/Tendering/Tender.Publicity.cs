using TenderHall.Grains.Contracts.Accounts;
using TenderHall.Grains.Contracts.Award;
using TenderHall.Grains.Contracts.Evaluation;
using TenderHall.Grains.Contracts.Projects;
using TenderHall.Grains.Contracts.Rules;
using TenderHall.Grains.Contracts.Supervision;
using TenderHall.Grains.Contracts.Tendering;
using TenderHall.Grains.Deadlines;

namespace TenderHall.Grains.Tendering;

/// <summary>
/// The candidate publicity (BLR 54): published at once with ranks, prices, scores and rejection reasons, for at least 3
/// days counted by CC 201–203; objections to the result during it pause the tender until answered within 3 days.
/// </summary>
public sealed partial class Tender
{
    private AwardView After => state.After;

    /// <summary>Publicity, award, contract, report and archive as they stand.</summary>
    public AwardView AfterView()
    {
        After.TenderId = Id;
        After.Status = state.Status;
        return After;
    }

    private void BeginPublicity(EvaluationResult result, DateTimeOffset now)
    {
        var regime = Registration.Regime;
        After.Result = result;
        After.PublicationDue = deadlines.After(regime, PeriodId.CandidatePublication, result.SignedAt);
        After.PublicityFrom = now;
        // Government procurement has no candidate publicity: the result is announced with the award (GPR 43).
        After.PublicityUntil = deadlines.After(regime, PeriodId.CandidatePublicity, now) ?? now;
        After.Award = null;
        After.Declined = [];
        journal.Record("tender.publicity-started", Actor.System, now, ("from", RuleValues.Iso(now)), ("until", RuleValues.Iso(After.PublicityUntil.Value)));
        if (After.PublicationDue is { } due && now >= due)
            journal.Alarm("publicity/late", AlarmSeverity.Alarm, "BLR-54-PUBLISH", now,
                $"The candidates of tender {Id} were published at {Beijing(now)}, after {Beijing(due)} (Beijing time), 3 days after the report.");
    }

    /// <summary>A bidder that took part objects to the result during the publicity (BLR 54); the tender pauses until the answer.</summary>
    public Objection ObjectToResult(Actor actor, string? text, bool tookPart, DateTimeOffset now)
    {
        var regime = Registration.Regime;
        RequireRole(actor, Roles.Bidder);
        var publicizing = state.Status == TenderStatus.CandidatesPublicized
                          || (state.Status == TenderStatus.Suspended && state.ResumeTo == TenderStatus.CandidatesPublicized);
        if (!publicizing || After.PublicityUntil is not { } until) throw RuleViolationException.Of("TENDER-STATE", ("id", Id), ("status", state.Status), ("action", "object to the result"));
        if (now >= until) throw RuleViolationException.Of("BLR-54-WINDOW", ("until", Beijing(until)));
        if (!tookPart) throw RuleViolationException.Of("BLR-54-PARTY", ("id", Id));
        var objection = new Objection
        {
            Id = $"O{state.Objections.Count + 1}", ObjectorId = actor.OrganizationId!, Text = Text(text, "text", 10_000), RaisedAt = now,
            AnswerDue = deadlines.After(regime, PeriodId.PublicityObjectionAnswer, now) ?? deadlines.ObjectionAnswerDue(regime, now),
        };
        state.Objections.Add(objection);
        // After the opening the bidders are known to each other (EBM 31), so the objector is named in the log.
        journal.Record("tender.result-objection-raised", actor, now, ("objection", objection.Id), ("answerDue", RuleValues.Iso(objection.AnswerDue)));
        var pauses = regime == LegalRegime.Engineering;
        if (pauses) PauseFor(objection, now);
        NotifyAgency(objection, now, paused: pauses);
        return objection;
    }

    private void ResumeAfterOpening(Actor actor, SuspensionRecord pause, DateTimeOffset now)
    {
        // The post-opening clocks stood still while paused: what was still running moves on by the pause (BLR 54, 62).
        var paused = now - pause.From;
        if (After.PublicityUntil is { } until && until > pause.From) After.PublicityUntil = until + paused;
        if (After.ContractDue is { } due && due > pause.From && After.Contract?.SignedAt is null) After.ContractDue = due + paused;
        lifecycle.Fire(TenderTrigger.Resume);
        journal.Record("tender.resumed", actor, now, ("paused", paused.ToString("c", System.Globalization.CultureInfo.InvariantCulture)),
            ("publicityUntil", After.PublicityUntil is { } p ? RuleValues.Iso(p) : "-"), ("contractDue", After.ContractDue is { } c ? RuleValues.Iso(c) : "-"));
        Advance(now);
    }

    private bool ResultObjectionsOpen() =>
        After.PublicityFrom is { } from && state.Objections.Any(o => o.AnsweredAt is null && o.RaisedAt >= from);
}
