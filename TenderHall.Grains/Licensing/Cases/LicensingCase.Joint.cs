using TenderHall.Grains.Contracts.Accounts;
using TenderHall.Grains.Contracts.Licensing;
using TenderHall.Grains.Contracts.Notifications;
using TenderHall.Grains.Contracts.Rules;
using TenderHall.Grains.Contracts.Tendering;
using TenderHall.Grains.Contracts.Time;

namespace TenderHall.Grains.Licensing.Cases;

/// <summary>
/// Joint handling (联办件, first-window responsibility) and the composite window (综合窗口), ALL 26 and 42: one application,
/// one window that receives and delivers, the departments deciding their parts in parallel or the deciding department behind it.
/// </summary>
public sealed partial class LicensingCase
{
    /// <summary>A department decides its part of a joint case, through its chief representative inside the delegation.</summary>
    public void DecideSubCase(string departmentId, bool grant, string opinion, ChiefDelegation? delegation, Actor actor, DateTimeOffset now)
    {
        var sub = SubCaseOf(departmentId);
        if (!actor.Is(Roles.ChiefRepresentative) || actor.OrganizationId != departmentId)
            throw RuleViolationException.Of("LIC-CASE-DEPARTMENT", ("case", number), ("department", departmentId));
        DelegationRules.Require(delegation, Item, state.Application, BeijingTime.DateOf(now));
        RequireOpen(sub, "sub-case decision");
        sub.Status = grant ? SubCaseStatus.Approved : SubCaseStatus.Denied;
        sub.Opinion = opinion;
        sub.DecidedAt = now;
        Step(grant ? "sub-case-approved" : "sub-case-denied", now, [departmentId, opinion]);
        if (state.SubCases.Any(s => s.Status == SubCaseStatus.Open)) return;

        // Every part is decided: the case is granted only if every department granted its part (ALL 26: one decision delivered).
        var refused = state.SubCases.Where(s => s.Status == SubCaseStatus.Denied).ToList();
        Decided(refused.Count == 0,
            refused.Count == 0 ? "各联办部门均同意" : string.Join("；", refused.Select(s => $"{s.DepartmentId}：{s.Opinion}")), now);
    }

    /// <summary>The centre's coordination of a stuck sub-case: the minutes of the joint meeting go on the case (seed: 中心协调).</summary>
    public void Coordinate(string departmentId, string minutes, Actor actor, DateTimeOffset now)
    {
        if (!actor.Is(Roles.CentreAdmin)) throw RuleViolationException.Of("LIC-CASE-DEPARTMENT", ("case", number), ("department", "the centre"));
        var sub = SubCaseOf(departmentId);
        RequireOpen(sub, "coordination");
        if (!sub.Escalated)
            throw RuleViolationException.Of("LIC-JOINT-COORDINATION", ("case", number), ("department", departmentId), ("due", BeijingTime.FormatCutOff(sub.Due)));
        sub.Minutes = minutes;
        Effects.Notifications.Add((departmentId, Notice($"coordinated/{departmentId}", "licensing.coordinated", now,
            $"办件 {number}（{Item.Name}）联办超时，中心已召开协调会，请按会议纪要办理。", $"Case {number} ({Item.Name}): the centre held the joint coordination meeting; act on its minutes.")));
        Step("coordinated", now, [departmentId, minutes]);
    }

    // ALL 26: the composite window named in the application (or the officer's own) must be one of the item's; otherwise the
    // deciding department's window receives. The same windows give out the item's queue tickets (ItemWindows).
    private static string Window(CaseApplication application, LicensingItem item, Actor actor)
    {
        if (item.Mode != LicensingMode.CompositeWindow) return item.DepartmentId;
        var window = application.WindowId ?? (actor.Is(Roles.WindowOfficer) ? actor.OrganizationId : null);
        return window is not null && ItemWindows.Receives(item, window)
            ? window
            : throw RuleViolationException.Of("LIC-CASE-WINDOW", ("item", item.Code), ("windows", string.Join(", ", item.CooperatingDepartmentIds)));
    }

    // The first window opens every department's part at once, each with its own limit from the acceptance (ALL 42).
    private void OpenSubCases(DateTimeOffset now)
    {
        lifecycle.Fire(CaseTrigger.OpenSubCases);
        foreach (var department in Item.CooperatingDepartmentIds.Prepend(Item.DepartmentId).Distinct(StringComparer.Ordinal))
        {
            var limit = Item.DepartmentWorkingDays.TryGetValue(department, out var days) ? days : state.Clocks.LimitWorkingDays;
            var sub = new SubCase { DepartmentId = department, LimitWorkingDays = limit, Due = calendar.DecisionDue(state.Clocks.AcceptedAt!.Value, limit, [])!.Value };
            state.SubCases.Add(sub);
            Effects.Indexes.Add((LicensingDeskKeys.SubCases(department), number));
            Effects.Notifications.Add((department, Notice($"sub-case/{department}", "licensing.sub-case", now,
                $"联办件 {number}（{Item.Name}）已分送贵部门，请于北京时间 {BeijingTime.FormatCutOff(sub.Due)} 前办结。",
                $"Joint case {number} ({Item.Name}) was opened at your department; decide it by {BeijingTime.FormatCutOff(sub.Due)} (Beijing time).")));
        }

        Step("sub-cases-opened", now, [.. state.SubCases.Select(s => $"{s.DepartmentId}：{s.LimitWorkingDays} 个工作日，北京时间 {BeijingTime.FormatCutOff(s.Due)} 前")]);
    }

    // The composite window forwards the accepted application to the deciding department at once.
    private void Forward(DateTimeOffset now)
    {
        lifecycle.Fire(CaseTrigger.Forward);
        Effects.Notifications.Add((Item.DepartmentId, Notice("forwarded", "licensing.forwarded", now,
            $"综合窗口 {WindowId} 已将办件 {number}（{Item.Name}）转贵部门办理。", $"The composite window {WindowId} forwarded case {number} ({Item.Name}) to your department.")));
        Step("forwarded", now, [$"{WindowId} → {Item.DepartmentId}"]);
    }

    // A sub-case past its own limit is stuck: it goes to the centre's coordination, and supervision sees it.
    private void EscalateStuckSubCases(DateTimeOffset now)
    {
        if (state.Status != CaseStatus.JointReview) return;
        foreach (var sub in state.SubCases.Where(s => s.Status == SubCaseStatus.Open && !s.Escalated && now >= s.Due))
        {
            sub.Escalated = true;
            Alarm("LIC-JOINT-STUCK", $"the part of {sub.DepartmentId} in joint case {number} ({Item.Name}) was not decided by {BeijingTime.FormatCutOff(sub.Due)}; referred to the centre's coordination", sub.DepartmentId);
            Step("sub-case-escalated", now, [sub.DepartmentId, BeijingTime.FormatCutOff(sub.Due)], document: false);
        }
    }

    private DateTimeOffset? NextSubCaseDue() => state.Status != CaseStatus.JointReview ? null
        : state.SubCases.Where(s => s.Status == SubCaseStatus.Open && !s.Escalated).Select(s => (DateTimeOffset?)s.Due).Min();

    private SubCase SubCaseOf(string departmentId) =>
        state.SubCases.FirstOrDefault(s => s.DepartmentId == departmentId) ?? throw RuleViolationException.Of("LIC-CASE-NONE", ("id", $"{number}/{departmentId}"));

    private void RequireOpen(SubCase sub, string action)
    {
        if (state.Status != CaseStatus.JointReview || sub.Status != SubCaseStatus.Open)
            throw RuleViolationException.Of("LIC-CASE-STATE", ("case", $"{number}/{sub.DepartmentId}"), ("status", sub.Status == SubCaseStatus.Open ? state.Status.ToString() : sub.Status.ToString()), ("action", action));
    }

    private Notification Notice(string id, string type, DateTimeOffset now, string zh, string en) => new()
    {
        Id = $"licensing/{number}/{id}", Subject = $"licensing/{number}", Type = type, At = now, TextZh = zh, TextEn = en,
    };
}
