using TenderHall.Grains.Contracts.Accounts;
using TenderHall.Grains.Contracts.Licensing;
using TenderHall.Grains.Contracts.Rules;
using TenderHall.Grains.Contracts.Time;
using static TenderHall.Grains.Tests.Licensing.Cases.CaseScenario;

namespace TenderHall.Grains.Tests.Licensing.Cases;

public sealed class JointCaseTests
{
    private const string Land = "dept-land";
    private const string Ecology = "dept-ecology";

    private static CaseScenario Joint()
    {
        var scenario = new CaseScenario(LicensingMode.Joint, 30, Land, Ecology);
        scenario.Item.DepartmentWorkingDays[Land] = 10;
        return scenario;
    }

    // The end of the day on which `days` working days after `from` are counted (CC 201; make-up days count, holidays do not).
    private static DateTimeOffset WorkingDaysAfter(DateTimeOffset from, int days)
    {
        var day = BeijingTime.DateOf(from);
        for (var counted = 0; counted < days;)
        {
            day = day.AddDays(1);
            if (Holidays.IsWorkingDay(day)) counted++;
        }

        return BeijingTime.EndOf(day);
    }

    [Fact]
    public void The_first_window_opens_parallel_sub_cases_with_their_own_working_day_limits_across_the_national_holiday()
    {
        var scenario = Joint();
        var accepted = Beijing(2026, 9, 24);
        var c = scenario.Accepted(accepted);

        Assert.Equal(CaseStatus.JointReview, scenario.State.Status);
        Assert.Equal([Department, Land, Ecology], scenario.State.SubCases.Select(s => s.DepartmentId));
        Assert.Equal([30, 10, 30], scenario.State.SubCases.Select(s => s.LimitWorkingDays));
        Assert.Equal(WorkingDaysAfter(accepted, 10), scenario.State.SubCases[1].Due);
        Assert.Equal(WorkingDaysAfter(accepted, 30), scenario.State.Clocks.DecisionDue);
        // Mid-Autumn and National Day (9-25..27, 10-01..07) are not counted; the make-up Saturday 10-10 is.
        Assert.Equal(Beijing(2026, 10, 16, 0), scenario.State.SubCases[1].Due);
        Assert.Equal([Department, Land, Ecology], c.Effects.Notifications.Where(n => n.Notification.Type == "licensing.sub-case").Select(n => n.Recipient));
        Assert.Equal(["received", "accepted", "sub-cases-opened"], scenario.State.Steps.Select(s => s.Kind));
    }

    [Fact]
    public void A_joint_case_is_granted_when_every_department_grants_its_part_and_the_first_window_delivers()
    {
        var scenario = Joint();
        scenario.Accepted(Beijing(2026, 3, 2));
        var leadChief = Of(Department, Roles.ChiefRepresentative);
        Assert.Equal("LIC-CASE-MODE", Assert.Throws<RuleViolationException>(() => scenario.Case().Decide(true, "同意", scenario.DelegationIn(Department), leadChief, Beijing(2026, 3, 3))).Rule);
        Assert.Equal("LIC-CASE-DEPARTMENT", Assert.Throws<RuleViolationException>(
            () => scenario.Case().DecideSubCase(Land, true, "同意", scenario.DelegationIn(Department), leadChief, Beijing(2026, 3, 3))).Rule);
        Assert.Equal("LIC-DELEGATION", Assert.Throws<RuleViolationException>(
            () => scenario.Case().DecideSubCase(Land, true, "同意", null, Of(Land, Roles.ChiefRepresentative), Beijing(2026, 3, 3))).Rule);

        foreach (var department in new[] { Land, Department, Ecology })
        {
            Assert.Equal(CaseStatus.JointReview, scenario.State.Status);
            scenario.Case().DecideSubCase(department, true, "符合条件", scenario.DelegationIn(department), Of(department, Roles.ChiefRepresentative), Beijing(2026, 3, 4));
        }

        Assert.Equal(CaseStatus.Approved, scenario.State.Status);
        Assert.Equal("LIC-CASE-STATE", Assert.Throws<RuleViolationException>(
            () => scenario.Case().DecideSubCase(Land, false, "改变主意", scenario.DelegationIn(Land), Of(Land, Roles.ChiefRepresentative), Beijing(2026, 3, 5))).Rule);
        Assert.Equal("LIC-CASE-DEPARTMENT", Assert.Throws<RuleViolationException>(() => scenario.Case().IssueCertificate(Of(Land, Roles.WindowOfficer), Beijing(2026, 3, 5))).Rule);
        scenario.Case().IssueCertificate(Officer, Beijing(2026, 3, 5));
        Assert.Equal(CaseStatus.Certified, scenario.State.Status);
    }

    [Fact]
    public void A_joint_case_is_refused_when_one_department_refuses_its_part_with_its_reason()
    {
        var scenario = Joint();
        scenario.Accepted(Beijing(2026, 3, 2));
        scenario.Case().DecideSubCase(Ecology, false, "环评未通过", scenario.DelegationIn(Ecology), Of(Ecology, Roles.ChiefRepresentative), Beijing(2026, 3, 3));
        scenario.Case().DecideSubCase(Land, true, "同意", scenario.DelegationIn(Land), Of(Land, Roles.ChiefRepresentative), Beijing(2026, 3, 3));
        scenario.Case().DecideSubCase(Department, true, "同意", scenario.DelegationIn(Department), Of(Department, Roles.ChiefRepresentative), Beijing(2026, 3, 4));

        Assert.Equal(CaseStatus.Denied, scenario.State.Status);
        Assert.Equal(["dept-ecology：环评未通过"], scenario.State.Steps[^1].Lines);
    }

    [Fact]
    public void A_stuck_sub_case_escalates_once_with_an_alarm_and_the_centre_records_the_minutes_of_its_coordination()
    {
        var scenario = Joint();
        scenario.Accepted(Beijing(2026, 3, 2));
        var landDue = scenario.State.SubCases[1].Due;
        var centre = new Contracts.Tendering.Actor("centre", "centre", [Roles.CentreAdmin], null);
        Assert.Equal(landDue, scenario.Case().NextDue());
        Assert.Equal("LIC-JOINT-COORDINATION", Assert.Throws<RuleViolationException>(() => scenario.Case().Coordinate(Land, "纪要", centre, landDue.AddHours(-1))).Rule);

        var stuck = scenario.Case();
        stuck.Advance(landDue);
        Assert.True(scenario.State.SubCases[1].Escalated);
        Assert.Equal("LIC-JOINT-STUCK", Assert.Single(stuck.Effects.Alarms).Code);
        var again = scenario.Case();
        again.Advance(landDue.AddHours(1));
        Assert.Empty(again.Effects.Alarms);

        Assert.Equal("LIC-CASE-DEPARTMENT", Assert.Throws<RuleViolationException>(() => scenario.Case().Coordinate(Land, "纪要", Officer, landDue.AddHours(2))).Rule);
        var coordinated = scenario.Case();
        coordinated.Coordinate(Land, "协调会议定：自然资源局三个工作日内出具意见", centre, landDue.AddHours(2));
        Assert.Equal("协调会议定：自然资源局三个工作日内出具意见", scenario.State.SubCases[1].Minutes);
        Assert.Equal(["sub-case-escalated", "coordinated"], scenario.State.Steps.TakeLast(2).Select(s => s.Kind));
        Assert.Contains(coordinated.Effects.Notifications, n => n.Recipient == Land);
    }

    [Fact]
    public void A_joint_case_is_extended_once_by_fifteen_working_days()
    {
        var scenario = Joint();
        scenario.Accepted(Beijing(2026, 3, 2));
        scenario.Case().Extend("需组织联合踏勘", scenario.DelegationIn(Department), Of(Department, Roles.ChiefRepresentative), Beijing(2026, 3, 20));

        Assert.Equal(45, scenario.State.Clocks.LimitWorkingDays);
        Assert.Equal(WorkingDaysAfter(Beijing(2026, 3, 2), 45), scenario.State.Clocks.DecisionDue);
    }

    [Fact]
    public void A_clock_stop_holds_the_whole_and_every_open_part_and_no_part_escalates_while_it_stands()
    {
        var scenario = Joint();
        scenario.Accepted(Beijing(2026, 3, 2));
        var landDue = scenario.State.SubCases[1].Due;
        scenario.Case().StopClock("组织听证", Reviewer, Beijing(2026, 3, 3));
        Assert.Equal(CaseStatus.ClockStopped, scenario.State.Status);
        var stopped = scenario.Case();
        stopped.Advance(landDue.AddDays(1));
        Assert.Empty(stopped.Effects.Alarms);

        // Stopped Tue 3 March, restarted Fri 13 March: the eight working days 4-13 March are not counted.
        scenario.Case().RestartClock(Reviewer, Beijing(2026, 3, 13));
        Assert.Equal(CaseStatus.JointReview, scenario.State.Status);
        Assert.Equal(WorkingDaysAfter(landDue.AddDays(-1), 8), scenario.State.SubCases[1].Due);
        Assert.False(scenario.State.SubCases[1].Escalated);
    }

    [Fact]
    public void Only_departments_of_a_joint_item_get_their_own_limits_within_the_whole()
    {
        var scenario = Joint();
        scenario.Item.DepartmentWorkingDays[Land] = 31;
        Assert.Equal("LIC-ITEM", Assert.Throws<RuleViolationException>(() => Grains.Licensing.LicensingItemRules.Validate(scenario.Item)).Rule);
        scenario.Item.DepartmentWorkingDays.Clear();
        scenario.Item.DepartmentWorkingDays["dept-other"] = 5;
        Assert.Equal("LIC-ITEM", Assert.Throws<RuleViolationException>(() => Grains.Licensing.LicensingItemRules.Validate(scenario.Item)).Rule);
    }
}
