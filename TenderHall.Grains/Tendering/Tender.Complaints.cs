using TenderHall.Grains.Contracts.Accounts;
using TenderHall.Grains.Contracts.Complaints;
using TenderHall.Grains.Contracts.Rules;
using TenderHall.Grains.Contracts.Tendering;

namespace TenderHall.Grains.Tendering;

/// <summary>A supervisor's written decision on a complaint drives the tender (BLR 61–62): resume, re-evaluate or re-tender.</summary>
public sealed partial class Tender
{
    /// <summary>Applies complaint <paramref name="complaintId"/>'s <paramref name="outcome"/>; a pause the supervisor ordered ends with it.</summary>
    public void ApplyComplaintDecision(Actor actor, string complaintId, ComplaintOutcome outcome, IReadOnlyCollection<string> holders, DateTimeOffset now)
    {
        _ = Registration;
        RequireRole(actor, Roles.Supervisor);
        // The complaint writes its decision after the tender carried it out; its retry finds it done here.
        if (state.ComplaintDecisions.Contains(complaintId)) return;
        var trigger = outcome switch
        {
            ComplaintOutcome.Reevaluate => TenderTrigger.Reevaluate,
            ComplaintOutcome.Retender => TenderTrigger.Retender,
            _ => (TenderTrigger?)null,
        };
        var paused = state.Status == TenderStatus.Suspended && state.Suspensions.LastOrDefault() is { Reason: SuspensionReason.Supervisor, Until: null }
                     && state.Objections.All(o => o.AnsweredAt is not null);
        // The decision is checked against where the tender stands once the pause is over, before anything changes.
        var standing = paused ? state.ResumeTo : state.Status;
        if (trigger is { } move && !TenderLifecycle.Allows(standing, move))
            throw RuleViolationException.Of("TENDER-STATE", ("id", Id), ("status", standing), ("action", outcome.ToString()));
        if (paused) Unpause(actor, now);
        state.ComplaintDecisions.Add(complaintId);
        if (trigger is not { } fired) return;

        lifecycle.Fire(fired);
        if (fired == TenderTrigger.Reevaluate)
        {
            After.Award = null;
            After.Declined = [];
            After.Contract = null;
            After.ContractDue = null;
            After.ReportDue = null;
            journal.Record("tender.reevaluation-ordered", actor, now, ("complaint", complaintId));
            return;
        }

        state.RetenderReason = $"行政监督部门对投诉 {complaintId} 作出重新招标的处理决定（招标投标法实施条例第六十一条）";
        journal.Record("tender.retender-ordered", actor, now, ("complaint", complaintId));
        journal.Notify([.. holders, Registration.AgencyId], "retender", "tender.retendered", now,
            $"行政监督部门对投诉 {complaintId} 作出处理决定：招标项目 {Id} 应当依法重新招标（招标投标法实施条例第六十一条）。",
            $"Supervision decided complaint {complaintId}: tender {Id} must be re-tendered (BLR 61).");
    }
}
