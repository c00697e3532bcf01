using TenderHall.Grains.Contracts.Accounts;
using TenderHall.Grains.Contracts.Licensing;
using TenderHall.Grains.Contracts.Tendering;
using static TenderHall.Grains.Tests.Licensing.Cases.CaseScenario;

namespace TenderHall.Grains.Tests.Licensing.Cases;

/// <summary>Whom a case's rating is attributed to (国办发〔2019〕51号): who decided it, else who delivered it, else who accepted it.</summary>
public sealed class CaseServedByTests
{
    [Fact]
    public void A_decided_case_is_served_by_the_chief_who_decided_it_even_after_the_window_delivered_it()
    {
        var scenario = new CaseScenario();
        var at = Beijing(2026, 3, 2);
        Assert.Equal("", scenario.Apply(at).ServedBy);
        scenario.Case().Accept(Officer, at);
        Assert.Equal("officer", scenario.Case().ServedBy);
        scenario.Case().Review("齐全", Reviewer, at);
        scenario.Case().Decide(true, "准予", scenario.Delegation, Chief, at.AddHours(2));
        scenario.Case().IssueCertificate(Officer, at.AddHours(3));

        Assert.Equal("chief", scenario.Case().ServedBy);
    }

    [Fact]
    public void A_joint_case_decided_by_its_departments_parts_is_served_by_the_window_that_delivered_it()
    {
        var scenario = new CaseScenario(LicensingMode.Joint, 30, "dept-land");
        var at = Beijing(2026, 3, 2);
        scenario.Accepted(at);
        foreach (var department in new[] { Department, "dept-land" })
            scenario.Case().DecideSubCase(department, true, "同意", scenario.DelegationIn(department), Of(department, Roles.ChiefRepresentative), at.AddHours(1));
        Assert.Equal(CaseStatus.Approved, scenario.State.Status);
        Assert.Equal("officer", scenario.Case().ServedBy);

        var delivering = new Actor("officer-2", Department, [Roles.WindowOfficer], null);
        scenario.Case().IssueCertificate(delivering, at.AddHours(2));
        Assert.Equal("officer-2", scenario.Case().ServedBy);
    }

    [Fact]
    public void A_case_not_accepted_is_served_by_the_window_officer_who_refused_it()
    {
        var scenario = new CaseScenario();
        scenario.Apply(Beijing(2026, 3, 2));
        scenario.Case().RefuseOutsidePowers("不属于本部门职权", Of(Department, Roles.WindowOfficer), Beijing(2026, 3, 2, 10));

        Assert.Equal($"{Roles.WindowOfficer}-{Department}", scenario.Case().ServedBy);
    }
}
