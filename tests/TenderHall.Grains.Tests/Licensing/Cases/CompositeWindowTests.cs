using TenderHall.Grains.Contracts.Accounts;
using TenderHall.Grains.Contracts.Licensing;
using TenderHall.Grains.Contracts.Rules;
using static TenderHall.Grains.Tests.Licensing.Cases.CaseScenario;

namespace TenderHall.Grains.Tests.Licensing.Cases;

public sealed class CompositeWindowTests
{
    private const string Window = "centre-county";

    [Fact]
    public void The_composite_window_receives_forwards_to_the_deciding_department_and_delivers_back()
    {
        var scenario = new CaseScenario(LicensingMode.CompositeWindow, 10, Window);
        var windowOfficer = Of(Window, Roles.WindowOfficer);
        scenario.ApplyAs(windowOfficer, Beijing(2026, 3, 2), null);
        Assert.Equal("LIC-CASE-DEPARTMENT", Assert.Throws<RuleViolationException>(() => scenario.Case().Accept(Officer, Beijing(2026, 3, 2))).Rule);

        var accepted = scenario.Case();
        accepted.Accept(windowOfficer, Beijing(2026, 3, 2, 10));
        Assert.Equal(CaseStatus.Forwarded, scenario.State.Status);
        Assert.Contains(accepted.Effects.Notifications, n => n.Recipient == Department && n.Notification.Type == "licensing.forwarded");
        Assert.NotNull(scenario.State.Clocks.DecisionDue);

        Assert.Equal("LIC-CASE-DEPARTMENT", Assert.Throws<RuleViolationException>(() => scenario.Case().Review("符合", Of(Window, Roles.DepartmentReviewer), Beijing(2026, 3, 3))).Rule);
        scenario.Case().Review("符合", Reviewer, Beijing(2026, 3, 3));
        scenario.Case().Decide(true, "符合法定条件", scenario.Delegation, Chief, Beijing(2026, 3, 4));
        Assert.Equal("LIC-CASE-DEPARTMENT", Assert.Throws<RuleViolationException>(() => scenario.Case().IssueCertificate(Officer, Beijing(2026, 3, 5))).Rule);
        scenario.Case().IssueCertificate(windowOfficer, Beijing(2026, 3, 5));

        Assert.Equal(CaseStatus.Certified, scenario.State.Status);
        Assert.Equal(["received", "accepted", "forwarded", "reviewed", "approved", "certified"], scenario.State.Steps.Select(s => s.Kind));
    }

    [Fact]
    public void A_composite_application_names_one_of_the_items_windows()
    {
        var scenario = new CaseScenario(LicensingMode.CompositeWindow, 10, Window);
        Assert.Equal("LIC-CASE-WINDOW", Assert.Throws<RuleViolationException>(() => scenario.ApplyAs(Applicant, Beijing(2026, 3, 2), null)).Rule);
        Assert.Equal("LIC-CASE-WINDOW", Assert.Throws<RuleViolationException>(() => scenario.ApplyAs(Applicant, Beijing(2026, 3, 2), "centre-elsewhere")).Rule);
        scenario.ApplyAs(Applicant, Beijing(2026, 3, 2), Window);
        Assert.Equal(Window, scenario.State.WindowId);
    }

    [Fact]
    public void The_clock_of_a_forwarded_case_stops_and_restarts_at_the_deciding_department()
    {
        var scenario = new CaseScenario(LicensingMode.CompositeWindow, 10, Window);
        scenario.ApplyAs(Applicant, Beijing(2026, 3, 2), Window);
        scenario.Case().Accept(Of(Window, Roles.WindowOfficer), Beijing(2026, 3, 2));
        scenario.Case().StopClock("检测", Reviewer, Beijing(2026, 3, 3));
        scenario.Case().RestartClock(Reviewer, Beijing(2026, 3, 6));

        Assert.Equal(CaseStatus.Forwarded, scenario.State.Status);
        Assert.Equal(3, scenario.State.Clocks.StoppedWorkingDays);
    }
}
