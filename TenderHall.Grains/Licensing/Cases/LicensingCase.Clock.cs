using TenderHall.Grains.Contracts.Accounts;
using TenderHall.Grains.Contracts.Licensing;
using TenderHall.Grains.Contracts.Notifications;
using TenderHall.Grains.Contracts.Rules;
using TenderHall.Grains.Contracts.Supervision;
using TenderHall.Grains.Contracts.Tendering;
using TenderHall.Grains.Contracts.Time;

namespace TenderHall.Grains.Licensing.Cases;

/// <summary>The clocks of a case: stops, the extension, deemed acceptance, the prompt and the alarms.</summary>
public sealed partial class LicensingCase
{
    /// <summary>Stops the decision clock with a written notice to the applicant (ALL 45); for a joint case every part's clock stops with it.</summary>
    public void StopClock(string reason, Actor actor, DateTimeOffset now)
    {
        RequireOfficer(actor, Roles.WindowOfficer, Roles.DepartmentReviewer);
        RequireMode("clock stop", "ALL 45", LicensingMode.Committed, LicensingMode.CompositeWindow, LicensingMode.Joint);
        Require(CaseTrigger.StopClock, "clock stop");
        state.ResumeTo = state.Status;
        lifecycle.Fire(CaseTrigger.StopClock);
        state.Stops.Add(new ClockStop { StoppedOn = BeijingTime.DateOf(now), Reason = reason });
        state.Clocks.DecisionDue = null;
        Step("clock-stopped", now, [reason]);
    }

    /// <summary>Restarts the clock; the stopped working days are added to the limit.</summary>
    public void RestartClock(Actor actor, DateTimeOffset now)
    {
        RequireOfficer(actor, Roles.WindowOfficer, Roles.DepartmentReviewer);
        Require(CaseTrigger.RestartClock, "clock restart");
        state.Stops[^1].RestartedOn = BeijingTime.DateOf(now);
        lifecycle.Fire(CaseTrigger.RestartClock);
        Recount(now);
        Step("clock-restarted", now, [$"{state.Clocks.StoppedWorkingDays}", BeijingTime.FormatCutOff(state.Clocks.DecisionDue!.Value)]);
    }

    /// <summary>The one extension (10 working days, 15 for joint handling), approved by the chief representative before the limit (ALL 42).</summary>
    public void Extend(string reason, ChiefDelegation? delegation, Actor actor, DateTimeOffset now)
    {
        RequireChief(delegation, actor, now);
        RequireMode("extension", "ALL 42", LicensingMode.Committed, LicensingMode.CompositeWindow, LicensingMode.Joint);
        Require(CaseTrigger.Extend, "extension");
        if (state.Clocks.Extended) throw RuleViolationException.Of("LIC-EXTENSION", ("detail", "the one extension was already granted"));
        if (state.Clocks.DecisionDue is { } due && now >= due)
            throw RuleViolationException.Of("LIC-EXTENSION", ("detail", $"the limit ended at {BeijingTime.FormatCutOff(due)}; an extension is approved within it"));
        lifecycle.Fire(CaseTrigger.Extend);
        state.Clocks.Extended = true;
        state.Clocks.LimitWorkingDays += Item.Mode == LicensingMode.Joint ? CaseCalendar.JointExtensionWorkingDays : CaseCalendar.ExtensionWorkingDays;
        state.PromptSent = false;
        Recount(now);
        Step("extended", now, [reason, BeijingTime.FormatCutOff(state.Clocks.DecisionDue!.Value)]);
    }

    /// <summary>Timed transitions up to <paramref name="now"/>: deemed acceptance, the prompt, the overdue alarms. Idempotent.</summary>
    public void Advance(DateTimeOffset now)
    {
        var clocks = state.Clocks;
        // ALL 32: no notice within 5 working days, so the application counts as accepted from receipt.
        if (state.Status == CaseStatus.Received && !state.NoticeIssued && clocks.NoticeDue is { } noticeDue && now >= noticeDue)
        {
            clocks.DeemedAccepted = true;
            MarkAccepted(CaseTrigger.DeemAccepted, clocks.ReceivedAt, now, "deemed-accepted");
        }

        if (clocks.DecisionDue is { } due && CaseLifecycle.Running.Contains(state.Status))
        {
            if (!state.PromptSent && now >= due.AddDays(-1))
            {
                state.PromptSent = true;
                Effects.Notifications.Add((Item.DepartmentId, new Notification
                {
                    Id = $"licensing/{number}/prompt/{clocks.LimitWorkingDays}", Subject = $"licensing/{number}", Type = "licensing.limit-near", At = now,
                    TextZh = $"办件 {number}（{Item.Name}）的办理期限将于北京时间 {BeijingTime.FormatCutOff(due)} 届满。",
                    TextEn = $"Case {number} ({Item.Name}) must be decided by {BeijingTime.FormatCutOff(due)} (Beijing time).",
                }));
            }

            if (!state.DecisionAlarmed && now >= due)
            {
                state.DecisionAlarmed = true;
                Alarm("ALL-42", $"case {number} ({Item.Name}) of {Item.DepartmentId} was not decided by {BeijingTime.FormatCutOff(due)}");
            }
        }

        EscalateStuckSubCases(now);

        if (state.Status == CaseStatus.Approved && clocks.CertificateDue is { } certificateDue && !state.CertificateAlarmed && now >= certificateDue)
        {
            state.CertificateAlarmed = true;
            Alarm("ALL-44", $"the certificate of case {number} ({Item.Name}) was not issued by {BeijingTime.FormatCutOff(certificateDue)}");
        }
    }

    /// <summary>The next instant <see cref="Advance"/> has something to do, or null.</summary>
    public DateTimeOffset? NextDue()
    {
        var clocks = state.Clocks;
        var candidates = new List<DateTimeOffset?>
        {
            state.Status == CaseStatus.Received && !state.NoticeIssued ? clocks.NoticeDue : null,
            CaseLifecycle.Running.Contains(state.Status) && !state.PromptSent ? clocks.DecisionDue?.AddDays(-1) : null,
            CaseLifecycle.Running.Contains(state.Status) && !state.DecisionAlarmed ? clocks.DecisionDue : null,
            state.Status == CaseStatus.Approved && !state.CertificateAlarmed ? clocks.CertificateDue : null,
            NextSubCaseDue(),
        };
        return candidates.OfType<DateTimeOffset>().Order().Cast<DateTimeOffset?>().FirstOrDefault();
    }

    /// <summary>The case for its applicant and officers.</summary>
    public CaseView ToView(DateTimeOffset now)
    {
        state.Clocks.StoppedWorkingDays = calendar.StoppedWorkingDays(state.Stops, BeijingTime.DateOf(now));
        return new CaseView
        {
            CaseNumber = number, Item = Item, Application = state.Application, Status = state.Status,
            AppliedBy = state.AppliedBy, Clocks = state.Clocks, Steps = state.Steps, Gate = state.Gate, WindowId = WindowId, SubCases = state.SubCases,
        };
    }

    /// <summary>The public progress: kinds and dates only (PIPL).</summary>
    public CaseProgress ToProgress() => new()
    {
        CaseNumber = number, ItemCode = Item.Code, ItemName = Item.Name, DepartmentId = Item.DepartmentId, Status = state.Status,
        DecisionDue = state.Clocks.DecisionDue, Steps = [.. state.Steps.Select(s => new CaseProgressStep(s.Kind, s.At))],
    };

    private void Recount(DateTimeOffset now)
    {
        state.Clocks.DecisionDue = calendar.DecisionDue(state.Clocks.AcceptedAt!.Value, state.Clocks.LimitWorkingDays, state.Stops);
        // ALL 45: the days a joint case's clock stood still are not counted in any department's own limit either.
        foreach (var sub in state.SubCases.Where(s => s.Status == SubCaseStatus.Open))
            sub.Due = calendar.DecisionDue(state.Clocks.AcceptedAt.Value, sub.LimitWorkingDays, state.Stops)!.Value;
        state.Clocks.StoppedWorkingDays = calendar.StoppedWorkingDays(state.Stops, BeijingTime.DateOf(now));
        state.DecisionAlarmed = false;
    }

    private void RequireMode(string action, string rule, params LicensingMode[] modes)
    {
        if (!modes.Contains(Item.Mode))
            throw RuleViolationException.Of("LIC-CASE-MODE", ("action", $"{action} ({rule})"), ("mode", Item.Mode));
    }

    private void Alarm(string code, string message, string? key = null) => Effects.Alarms.Add(new SupervisionAlarm
    {
        Id = $"licensing/{number}/{code}/{key ?? state.Clocks.LimitWorkingDays.ToString(System.Globalization.CultureInfo.InvariantCulture)}", Severity = AlarmSeverity.Alarm, Code = code,
        Subject = $"licensing/{number}", Message = message,
    });
}
