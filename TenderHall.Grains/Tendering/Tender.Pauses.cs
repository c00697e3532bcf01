using TenderHall.Grains.Contracts.Accounts;
using TenderHall.Grains.Contracts.Rules;
using TenderHall.Grains.Contracts.Tendering;

namespace TenderHall.Grains.Tendering;

/// <summary>Suspension by supervisors (BLR 62), resumption, and termination (BLR 31).</summary>
public sealed partial class Tender
{
    /// <summary>A supervisor pauses the tender (BLR 62), for complaint <paramref name="complaintId"/> when one is named.</summary>
    public void Suspend(Actor actor, string note, DateTimeOffset now, string? complaintId = null)
    {
        _ = Registration;
        RequireRole(actor, Roles.Supervisor);
        // The same order again (a retry) finds the tender already paused for that complaint: it is carried out.
        if (complaintId is not null && SuspendedFor(complaintId)) return;
        RequireTrigger(TenderTrigger.Suspend, "suspend");
        Pause(SuspensionReason.Supervisor, actor, Text(note, "note", 2000), now, null);
        state.Suspensions[^1].ComplaintId = complaintId;
    }

    /// <summary>Whether <paramref name="tender"/> is paused now by the supervisor's order for complaint <paramref name="complaintId"/>.</summary>
    public static bool SuspendedFor(TenderView tender, string complaintId) =>
        tender.Status == TenderStatus.Suspended && tender.Suspensions.LastOrDefault() is { Until: null } open && open.ComplaintId == complaintId;

    private bool SuspendedFor(string complaintId) => SuspendedFor(ToView(), complaintId);

    /// <summary>A supervisor ends a pause the supervisor ordered; objection pauses end when the objections are answered.</summary>
    public void Resume(Actor actor, DateTimeOffset now)
    {
        _ = Registration;
        RequireRole(actor, Roles.Supervisor);
        RequireTrigger(TenderTrigger.Resume, "resume");
        if (state.Objections.Any(o => o.AnsweredAt is null))
            throw RuleViolationException.Of("TENDER-STATE", ("id", Id), ("status", "awaiting an objection answer"), ("action", "resume"));
        Unpause(actor, now);
    }

    /// <summary>The tenderee terminates the tender (BLR 31); the grain refunds fees and deposits.</summary>
    public void Terminate(Actor actor, string reason, DateTimeOffset now, IReadOnlyCollection<string> holders)
    {
        RequireAgency(actor);
        RequireTrigger(TenderTrigger.Terminate, "terminate");
        state.TerminationReason = Text(reason, "reason", 2000);
        if (state.Suspensions.LastOrDefault() is { Until: null } open) open.Until = now;
        lifecycle.Fire(TenderTrigger.Terminate);
        journal.Record("tender.terminated", actor, now, ("reason", state.TerminationReason));
        journal.Notify(holders, "terminated", "tender.terminated", now,
            $"招标项目 {Id} 已终止：{state.TerminationReason}。已收取的文件费和保证金将依法退还（招标投标法实施条例第三十一条）。",
            $"Tender {Id} was terminated: {state.TerminationReason}. Document fees and deposits are refunded (BLR 31).");
    }

    /// <summary>Fewer than three bids arrived: nobody opens, everyone is told, the tender must be re-tendered (BL 28, BLR 44).</summary>
    public void FailInsufficientBids(int bids, IReadOnlyCollection<string> holders, DateTimeOffset now)
    {
        _ = Registration;
        if (state.Status == TenderStatus.FailedInsufficientBids) return;
        RequireTrigger(TenderTrigger.FailInsufficientBids, "fail for insufficient bids");
        lifecycle.Fire(TenderTrigger.FailInsufficientBids);
        var count = bids.ToString(System.Globalization.CultureInfo.InvariantCulture);
        journal.Record("tender.failed-insufficient-bids", Actor.System, now, ("bids", count));
        journal.Notify([.. holders, Registration.AgencyId], "insufficient-bids", "tender.failed", now,
            $"招标项目 {Id} 投标人少于3个（{count} 个），不予开标，招标人应依法重新招标（招标投标法第二十八条）。",
            $"Tender {Id} received fewer than three bids ({count}): it is not opened and must be re-tendered (BL 28).");
    }

    private void Pause(SuspensionReason reason, Actor actor, string note, DateTimeOffset now, string? objectionId)
    {
        state.ResumeTo = state.Status;
        lifecycle.Fire(TenderTrigger.Suspend);
        state.Suspensions.Add(new SuspensionRecord { Reason = reason, By = actor.UserName, Note = note, From = now, ObjectionId = objectionId });
        journal.Record("tender.suspended", actor, now, ("reason", reason.ToString()), ("note", note));
    }

    private void Unpause(Actor actor, DateTimeOffset now)
    {
        var pause = state.Suspensions[^1];
        pause.Until = now;
        if (TenderLifecycle.AfterOpening.Contains(state.ResumeTo))
        {
            ResumeAfterOpening(actor, pause, now);
            return;
        }

        var schedule = state.Schedule!;
        // The clock stood still while paused: what was still ahead moves by the pause, and the deadline keeps the
        // statutory minimum after resumption.
        var paused = now - pause.From;
        if (schedule.SaleStart > pause.From) schedule.SaleStart += paused;
        if (schedule.SaleEnd > pause.From) schedule.SaleEnd += paused;
        schedule.BidDeadline = deadlines.ExtendedDeadline(Registration.Regime, schedule, pause.From, now);
        deadlines.Refresh(Registration.Regime, schedule);
        lifecycle.Fire(TenderTrigger.Resume);
        journal.Record("tender.resumed", actor, now, ("saleEnd", RuleValues.Iso(schedule.SaleEnd)), ("bidDeadline", RuleValues.Iso(schedule.BidDeadline)));
        Advance(now);
    }
}
