using TenderHall.Grains.Contracts.Licensing;
using TenderHall.Grains.Contracts.Rules;
using TenderHall.Grains.Licensing.Cases;
using static TenderHall.Grains.Tests.Licensing.Cases.CaseScenario;

namespace TenderHall.Grains.Tests.Licensing.Cases;

public sealed class CaseAcceptanceTests
{
    [Fact]
    public void Incomplete_materials_cannot_be_accepted_and_the_one_notice_must_list_everything_missing()
    {
        var scenario = new CaseScenario();
        scenario.Apply(Beijing(2026, 3, 2), "申请表");
        Assert.Equal("LIC-CASE-INCOMPLETE", Assert.Throws<RuleViolationException>(() => scenario.Case().Accept(Officer, Beijing(2026, 3, 2))).Rule);
        Assert.Equal("LIC-CASE-NOTICE-ALL", Assert.Throws<RuleViolationException>(() => scenario.Case().NotifyMissing(["身份证明"], Officer, Beijing(2026, 3, 2))).Rule);

        scenario.Case().NotifyMissing(["施工合同", "身份证明"], Officer, Beijing(2026, 3, 3));
        Assert.Equal(CaseStatus.AwaitingMaterials, scenario.State.Status);
        Assert.Null(scenario.Case().NextDue());

        scenario.Case().Supplement([new CaseMaterial { Name = "施工合同", Sha256 = new string('b', 64) }], Applicant, Beijing(2026, 3, 20));
        Assert.Equal("LIC-CASE-NOTICE-ONCE", Assert.Throws<RuleViolationException>(() => scenario.Case().NotifyMissing(["身份证明"], Officer, Beijing(2026, 3, 20))).Rule);
        scenario.Case().Accept(Officer, Beijing(2026, 3, 20, 10));
        Assert.Equal(Beijing(2026, 3, 20, 10), scenario.State.Clocks.AcceptedAt);
        Assert.False(scenario.State.Clocks.DeemedAccepted);
        Assert.Equal(["received", "notice", "supplemented", "accepted"], scenario.State.Steps.Select(s => s.Kind));
    }

    [Fact]
    public void An_application_outside_the_departments_powers_is_refused_with_the_reason()
    {
        var scenario = new CaseScenario();
        scenario.Apply(Beijing(2026, 3, 2));
        scenario.Case().RefuseOutsidePowers("属自然资源部门职权，请向其申请", Officer, Beijing(2026, 3, 2, 10));
        Assert.Equal(CaseStatus.NotAccepted, scenario.State.Status);
        Assert.Equal(["属自然资源部门职权，请向其申请"], scenario.State.Steps[^1].Lines);
        Assert.Null(scenario.Case().NextDue());
    }

    [Fact]
    public void Another_departments_officer_cannot_act_on_the_case()
    {
        var scenario = new CaseScenario();
        scenario.Apply(Beijing(2026, 3, 2));
        var stranger = Officer with { OrganizationId = "dept-water" };
        Assert.Equal("LIC-CASE-DEPARTMENT", Assert.Throws<RuleViolationException>(() => scenario.Case().Accept(stranger, Beijing(2026, 3, 2))).Rule);
    }

    [Fact]
    public void An_immediate_case_decided_the_same_day_counts_as_on_the_spot_and_the_certificate_is_due_in_10_working_days()
    {
        var scenario = new CaseScenario(LicensingMode.Immediate, 0);
        scenario.Accepted(Beijing(2026, 9, 30, 9));
        scenario.Case().Review("材料齐全，符合条件", Officer, Beijing(2026, 9, 30, 10));
        scenario.Case().Decide(true, "准予许可", scenario.Delegation, Chief, Beijing(2026, 9, 30, 11));
        Assert.Equal(CaseStatus.Approved, scenario.State.Status);
        Assert.True(scenario.State.Clocks.OnTheSpot);
        // After 30 September: 8, 9, 10 (make-up Saturday), 12-16, 19 and 20 October are the ten working days.
        Assert.Equal(Beijing(2026, 10, 21, 0), scenario.State.Clocks.CertificateDue);
        scenario.Case().IssueCertificate(Officer, Beijing(2026, 10, 8));
        Assert.Equal(CaseStatus.Certified, scenario.State.Status);
    }

    [Theory]
    [InlineData("LIC-OTHER", 1_000_000, "2027-12-31", "item LIC-T is not delegated")]
    [InlineData("LIC-T", 100_000, "2027-12-31", "above the delegated limit of 100000 yuan")]
    [InlineData("LIC-T", 1_000_000, "2026-03-03", "not on 2026-03-04")]
    public void A_chief_representative_is_refused_outside_the_delegation(string item, int maxAmount, string validUntil, string detail)
    {
        var scenario = new CaseScenario();
        scenario.Accepted(Beijing(2026, 3, 2));
        scenario.Case().Review("符合", Reviewer, Beijing(2026, 3, 3));
        var delegation = scenario.Delegation;
        delegation.ItemCodes = [item];
        delegation.MaxAmountYuan = maxAmount;
        delegation.ValidUntil = DateOnly.Parse(validUntil, System.Globalization.CultureInfo.InvariantCulture);

        var refused = Assert.Throws<RuleViolationException>(() => scenario.Case().Decide(true, "准予", delegation, Chief, Beijing(2026, 3, 4)));
        Assert.Equal("LIC-DELEGATION", refused.Rule);
        Assert.Contains(detail, refused.Args["detail"], StringComparison.Ordinal);
        Assert.Equal("LIC-DELEGATION", Assert.Throws<RuleViolationException>(() => scenario.Case().Decide(true, "准予", null, Chief, Beijing(2026, 3, 4))).Rule);
        Assert.Equal(CaseStatus.Reviewed, scenario.State.Status);
    }

    [Fact]
    public void The_lifecycle_diagram_names_every_status()
    {
        var dot = CaseLifecycle.ToDotGraph();
        Assert.All(Enum.GetNames<CaseStatus>(), status => Assert.Contains(status, dot, StringComparison.Ordinal));
    }
}
