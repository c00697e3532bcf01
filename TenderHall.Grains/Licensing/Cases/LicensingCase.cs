using TenderHall.Grains.Contracts.Accounts;
using TenderHall.Grains.Contracts.Gate;
using TenderHall.Grains.Contracts.Licensing;
using TenderHall.Grains.Contracts.Notifications;
using TenderHall.Grains.Contracts.Projects;
using TenderHall.Grains.Contracts.Rules;
using TenderHall.Grains.Contracts.Tendering;
using TenderHall.Grains.Contracts.Time;

namespace TenderHall.Grains.Licensing.Cases;

/// <summary>A licensing case as a plain aggregate over its stored state: the grain loads, calls one method, writes once.</summary>
public sealed partial class LicensingCase
{
    private readonly string number;
    private readonly LicensingCaseState state;
    private readonly CaseCalendar calendar;
    private readonly CaseLifecycle lifecycle;

    /// <summary>The case <paramref name="number"/> over <paramref name="state"/>.</summary>
    public LicensingCase(string number, LicensingCaseState state, CaseCalendar calendar)
    {
        this.number = number;
        this.state = state;
        this.calendar = calendar;
        lifecycle = new CaseLifecycle(() => state.Status, s => state.Status = s, () => state.ResumeTo);
    }

    /// <summary>What the last commands ask to deliver.</summary>
    public CaseEffects Effects { get; } = new();

    /// <summary>
    /// The officer a rating of the case is attributed to (国办发〔2019〕51号: the rating goes to who served): who decided it,
    /// else who delivered it (a joint case is decided by its departments' parts), else who accepted it; empty when none is known.
    /// </summary>
    public string ServedBy => new[] { state.DecidedBy, state.DeliveredBy, state.AcceptedBy }.FirstOrDefault(o => o.Length > 0) ?? "";

    private LicensingItem Item => state.Item ?? throw RuleViolationException.Of("LIC-CASE-NONE", ("id", number));

    /// <summary>Receives the application (ALL 29) and issues the dated receipt.</summary>
    public void Apply(CaseApplication application, LicensingItem item, GateVerdict? gate, Actor actor, DateTimeOffset now)
    {
        if (state.Item is not null) throw RuleViolationException.Of("LIC-CASE-EXISTS", ("id", number));
        state.WindowId = Window(application, item, actor);
        state.Item = item;
        // The case keeps the gate's verdict (certificate hash, tender, log entry), not the certificate file.
        application.TradeCertificate = null;
        state.Gate = gate;
        state.Application = application;
        state.AppliedBy = actor.UserName;
        state.Clocks.ReceivedAt = now;
        state.Clocks.NoticeDue = calendar.After(now, CaseCalendar.NoticeWorkingDays);
        state.Clocks.LimitWorkingDays = item.PromisedWorkingDays;
        Step("received", now, [.. application.Materials.Select(m => $"{m.Name}（SHA-256 {m.Sha256}）"), .. GateLines(gate)]);
        // The officers' desks: the deciding department's, and the receiving window's when it is another.
        foreach (var desk in new[] { item.DepartmentId, state.WindowId }.Where(d => d.Length > 0).Distinct(StringComparer.Ordinal))
            Effects.Indexes.Add((LicensingDeskKeys.Cases(desk), number));
    }

    /// <summary>
    /// 特事特办: the project a fast-track item's case names is a national investment project code, checked before the gate logs
    /// anything or the case is stored.
    /// </summary>
    public static void RequireProjectCode(CaseApplication application, LicensingItem item)
    {
        if (!item.MajorProjectFastTrack || string.IsNullOrWhiteSpace(application.ProjectCode)) return;
        application.ProjectCode = application.ProjectCode.Trim();
        InvestmentProjectCode.Validate(application.ProjectCode, "projectCode");
    }

    /// <summary>The window accepts: every published material must be there (ALL 32).</summary>
    public void Accept(Actor actor, DateTimeOffset now)
    {
        RequireWindow(actor);
        Require(CaseTrigger.Accept, "accept");
        var missing = Missing();
        if (missing.Count > 0) throw RuleViolationException.Of("LIC-CASE-INCOMPLETE", ("missing", string.Join("; ", missing)));
        MarkAccepted(CaseTrigger.Accept, now, now, "accepted");
        state.AcceptedBy = actor.UserName;
    }

    /// <summary>The one-time notice of everything missing (ALL 32): once, listing at least what the item publishes and the case lacks.</summary>
    public void NotifyMissing(IReadOnlyList<string> missing, Actor actor, DateTimeOffset now)
    {
        RequireWindow(actor);
        if (state.NoticeIssued) throw RuleViolationException.Of("LIC-CASE-NOTICE-ONCE", ("case", number));
        Require(CaseTrigger.NotifyMissing, "one-time notice");
        var listed = missing.Where(m => !string.IsNullOrWhiteSpace(m)).Select(m => m.Trim()).Distinct(StringComparer.Ordinal).ToList();
        var unlisted = Missing().Where(m => !listed.Contains(m, StringComparer.Ordinal)).ToList();
        if (listed.Count == 0 || unlisted.Count > 0)
            throw RuleViolationException.Of("LIC-CASE-NOTICE-ALL", ("missing", string.Join("; ", unlisted.Count > 0 ? unlisted : ["(nothing listed)"])));
        state.NoticeIssued = true;
        state.Clocks.NoticeDue = null;
        lifecycle.Fire(CaseTrigger.NotifyMissing);
        Step("notice", now, listed);
    }

    /// <summary>The applicant (or the window for them) adds materials after the notice.</summary>
    public void Supplement(IReadOnlyList<CaseMaterial> materials, Actor actor, DateTimeOffset now)
    {
        if (actor.UserName != state.AppliedBy) RequireWindow(actor);
        Require(CaseTrigger.Supplement, "supplement");
        state.Application.Materials.AddRange(materials);
        lifecycle.Fire(CaseTrigger.Supplement);
        Step("supplemented", now, [.. materials.Select(m => $"{m.Name}（SHA-256 {m.Sha256}）")]);
    }

    /// <summary>Outside the department's powers: not accepted, with the reason and where to go (ALL 32).</summary>
    public void RefuseOutsidePowers(string reason, Actor actor, DateTimeOffset now)
    {
        RequireWindow(actor);
        Require(CaseTrigger.RefuseOutsidePowers, "refusal outside the department's powers");
        state.Clocks.NoticeDue = null;
        lifecycle.Fire(CaseTrigger.RefuseOutsidePowers);
        state.DecidedBy = actor.UserName;
        Step("not-accepted", now, [reason]);
    }

    /// <summary>The review opinion: the window officer for immediate items, the window or the department for committed ones.</summary>
    public void Review(string opinion, Actor actor, DateTimeOffset now)
    {
        RequireOfficer(actor, Roles.WindowOfficer, Roles.DepartmentReviewer);
        Require(CaseTrigger.Review, "review");
        lifecycle.Fire(CaseTrigger.Review);
        Step("reviewed", now, [opinion], document: false);
    }

    /// <summary>The chief representative's decision (ALL 37-38), inside the delegation.</summary>
    public void Decide(bool grant, string reason, ChiefDelegation? delegation, Actor actor, DateTimeOffset now)
    {
        RequireChief(delegation, actor, now);
        // ALL 26: a joint case is decided by its departments' sub-cases, not by one chief representative.
        if (Item.Mode == LicensingMode.Joint) throw RuleViolationException.Of("LIC-CASE-MODE", ("action", "a single decision"), ("mode", Item.Mode));
        Decided(grant, reason, now);
        state.DecidedBy = actor.UserName;
    }

    private void Decided(bool grant, string reason, DateTimeOffset now)
    {
        var trigger = grant ? CaseTrigger.Approve : CaseTrigger.Deny;
        Require(trigger, "decision");
        var due = state.Clocks.DecisionDue;
        lifecycle.Fire(trigger);
        state.Clocks.DecidedAt = now;
        state.Clocks.DecisionDue = null;
        state.Clocks.Overdue = due is { } d && now >= d;
        if (Item.Mode == LicensingMode.Immediate)
            state.Clocks.OnTheSpot = BeijingTime.DateOf(now) == BeijingTime.DateOf(state.Clocks.ReceivedAt);
        if (grant) state.Clocks.CertificateDue = calendar.After(now, CaseCalendar.CertificateWorkingDays);
        Step(grant ? "approved" : "denied", now, [reason]);
    }

    /// <summary>The certificate of a granted case (ALL 39, 44), delivered by the window that received the application (ALL 26).</summary>
    public void IssueCertificate(Actor actor, DateTimeOffset now)
    {
        RequireWindow(actor);
        Require(CaseTrigger.IssueCertificate, "certificate");
        lifecycle.Fire(CaseTrigger.IssueCertificate);
        state.Clocks.CertificateDue = null;
        state.DeliveredBy = actor.UserName;
        Step("certified", now, [$"{Item.Name}（{number}）"]);
    }

    private void MarkAccepted(CaseTrigger trigger, DateTimeOffset acceptedAt, DateTimeOffset now, string kind)
    {
        lifecycle.Fire(trigger);
        state.Clocks.AcceptedAt = acceptedAt;
        state.Clocks.NoticeDue = null;
        state.Clocks.DecisionDue = calendar.DecisionDue(acceptedAt, state.Clocks.LimitWorkingDays, state.Stops);
        Step(kind, now, [$"{Item.Name}：{(Item.Mode == LicensingMode.Immediate ? "即办件" : $"承诺 {Item.PromisedWorkingDays} 个工作日")}"]);
        if (Item.Mode == LicensingMode.Joint) OpenSubCases(now);
        if (Item.Mode == LicensingMode.CompositeWindow) Forward(now);
    }

    private static IEnumerable<string> GateLines(GateVerdict? gate) => gate switch
    {
        null => [],
        { ExemptionDocument: { } document } => [$"项目 {gate.ProjectCode} 经省政府批准豁免进场交易（{document}）"],
        _ => [$"交易凭证核验通过：项目 {gate.ProjectCode}，招标项目 {gate.TenderId}，凭证 SHA-256 {gate.StatementSha256}，日志第 {gate.AnchorIndex} 条"],
    };

    private List<string> Missing() =>
        [.. Item.Materials.Where(m => !state.Application.Materials.Any(s => string.Equals(s.Name, m, StringComparison.Ordinal)))];

    private void Require(CaseTrigger trigger, string action)
    {
        if (!lifecycle.CanFire(trigger))
            throw RuleViolationException.Of("LIC-CASE-STATE", ("case", number), ("status", state.Status), ("action", action));
    }

    private void RequireOfficer(Actor actor, params string[] roles)
    {
        if (!roles.Any(actor.Is) || actor.OrganizationId != Item.DepartmentId)
            throw RuleViolationException.Of("LIC-CASE-DEPARTMENT", ("case", number), ("department", Item.DepartmentId));
    }

    // ALL 26: the window that received the application accepts it and delivers the result: the composite window, or the
    // deciding (first) department's own.
    private void RequireWindow(Actor actor)
    {
        if (!actor.Is(Roles.WindowOfficer) || actor.OrganizationId != WindowId)
            throw RuleViolationException.Of("LIC-CASE-DEPARTMENT", ("case", number), ("department", WindowId));
    }

    private string WindowId => string.IsNullOrEmpty(state.WindowId) ? Item.DepartmentId : state.WindowId;

    private void RequireChief(ChiefDelegation? delegation, Actor actor, DateTimeOffset now)
    {
        RequireOfficer(actor, Roles.ChiefRepresentative);
        DelegationRules.Require(delegation, Item, state.Application, BeijingTime.DateOf(now));
    }

    private void Step(string kind, DateTimeOffset now, List<string> lines, bool document = true)
    {
        var step = new CaseStep { Sequence = state.Steps.Count + 1, Kind = kind, At = now, Lines = lines, Document = document };
        state.Steps.Add(step);
        if (state.Application.ApplicantOrganizationId is { } applicant)
            Effects.Notifications.Add((applicant, new Notification
            {
                Id = $"licensing/{number}/{step.Sequence}", Subject = $"licensing/{number}", Type = $"licensing.{kind}", At = now,
                TextZh = $"办件 {number}（{Item.Name}）：{CaseTexts.Zh(kind)}，{BeijingTime.Format(now)}。",
                TextEn = $"Case {number} ({Item.Name}): {CaseTexts.En(kind)}, {BeijingTime.Format(now)} (Beijing time).",
            }));
    }
}
