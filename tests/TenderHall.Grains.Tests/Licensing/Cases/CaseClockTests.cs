using TenderHall.Grains.Contracts.Licensing;
using TenderHall.Grains.Contracts.Rules;
using static TenderHall.Grains.Tests.Licensing.Cases.CaseScenario;

namespace TenderHall.Grains.Tests.Licensing.Cases;

public sealed class CaseClockTests
{
    [Fact]
    public void A_committed_limit_skips_national_day_and_counts_the_make_up_saturday()
    {
        var scenario = new CaseScenario(days: 5);
        scenario.Accepted(Beijing(2026, 9, 30, 10));

        // 2026: 1-7 October off; 8, 9, 10 (make-up Saturday), 12, 13 October are the five working days.
        Assert.Equal(Beijing(2026, 10, 14, 0), scenario.State.Clocks.DecisionDue);
    }

    [Fact]
    public void Without_a_notice_within_5_working_days_the_application_counts_as_accepted_from_receipt()
    {
        var scenario = new CaseScenario();
        var received = Beijing(2026, 2, 13, 16);
        scenario.Apply(received, "申请表");

        // 14 February (make-up Saturday), then 24-27 February after the Spring Festival: the notice period ends 24:00 on the 27th.
        var c = scenario.Case();
        c.Advance(Beijing(2026, 2, 27, 23));
        Assert.Equal(CaseStatus.Received, scenario.State.Status);

        c = scenario.Case();
        c.Advance(Beijing(2026, 2, 28, 0));
        Assert.Equal(CaseStatus.Accepted, scenario.State.Status);
        Assert.True(scenario.State.Clocks.DeemedAccepted);
        Assert.Equal(received, scenario.State.Clocks.AcceptedAt);
        Assert.Equal("deemed-accepted", scenario.State.Steps[^1].Kind);
        Assert.Contains(c.Effects.Notifications, n => n.Recipient == "org-applicant" && n.Notification.Type == "licensing.deemed-accepted");
    }

    [Fact]
    public void A_clock_stop_leaves_its_working_days_out_and_the_one_extension_adds_ten()
    {
        var scenario = new CaseScenario(days: 10);
        scenario.Accepted(Beijing(2026, 3, 2));
        Assert.Equal(Beijing(2026, 3, 17, 0), scenario.State.Clocks.DecisionDue);

        scenario.Case().StopClock("专家评审", Reviewer, Beijing(2026, 3, 4, 15));
        Assert.Equal(CaseStatus.ClockStopped, scenario.State.Status);
        Assert.Null(scenario.State.Clocks.DecisionDue);

        // 5, 6 and 9 March are not counted: the limit moves by three working days.
        scenario.Case().RestartClock(Reviewer, Beijing(2026, 3, 9, 11));
        Assert.Equal(CaseStatus.Accepted, scenario.State.Status);
        Assert.Equal(3, scenario.State.Clocks.StoppedWorkingDays);
        Assert.Equal(Beijing(2026, 3, 20, 0), scenario.State.Clocks.DecisionDue);

        scenario.Case().Extend("需现场核查", scenario.Delegation, Chief, Beijing(2026, 3, 12));
        Assert.Equal(Beijing(2026, 4, 3, 0), scenario.State.Clocks.DecisionDue);
        var again = Assert.Throws<RuleViolationException>(() => scenario.Case().Extend("再延", scenario.Delegation, Chief, Beijing(2026, 3, 13)));
        Assert.Equal("LIC-EXTENSION", again.Rule);
    }

    [Fact]
    public void An_extension_after_the_limit_is_refused()
    {
        var scenario = new CaseScenario(days: 1);
        scenario.Accepted(Beijing(2026, 3, 2));
        var late = Assert.Throws<RuleViolationException>(() => scenario.Case().Extend("迟了", scenario.Delegation, Chief, Beijing(2026, 3, 4)));
        Assert.Equal("LIC-EXTENSION", late.Rule);
    }

    [Fact]
    public void The_department_is_prompted_the_day_before_the_limit_and_supervision_alarmed_after_it()
    {
        var scenario = new CaseScenario(days: 2);
        scenario.Accepted(Beijing(2026, 3, 2));
        Assert.Equal(Beijing(2026, 3, 4, 0), scenario.Case().NextDue());

        var prompt = scenario.Case();
        prompt.Advance(Beijing(2026, 3, 4, 8));
        Assert.Contains(prompt.Effects.Notifications, n => n.Recipient == Department && n.Notification.Type == "licensing.limit-near");
        Assert.Empty(prompt.Effects.Alarms);

        var overdue = scenario.Case();
        overdue.Advance(Beijing(2026, 3, 5, 0));
        Assert.Equal("ALL-42", Assert.Single(overdue.Effects.Alarms).Code);
        var repeated = scenario.Case();
        repeated.Advance(Beijing(2026, 3, 5, 1));
        Assert.Empty(repeated.Effects.Alarms);
    }

    [Fact]
    public void An_immediate_item_has_no_clock_stop_or_extension()
    {
        var scenario = new CaseScenario(LicensingMode.Immediate, 0);
        scenario.Accepted(Beijing(2026, 3, 2));
        Assert.Equal(Beijing(2026, 3, 3, 0), scenario.State.Clocks.DecisionDue);
        Assert.Equal("LIC-CASE-MODE", Assert.Throws<RuleViolationException>(() => scenario.Case().StopClock("听证", Officer, Beijing(2026, 3, 2, 10))).Rule);
        Assert.Equal("LIC-CASE-MODE", Assert.Throws<RuleViolationException>(() => scenario.Case().Extend("延", scenario.Delegation, Chief, Beijing(2026, 3, 2, 10))).Rule);
    }
}
