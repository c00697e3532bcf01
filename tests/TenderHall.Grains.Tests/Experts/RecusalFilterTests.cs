using TenderHall.Grains.Contracts.Experts;
using TenderHall.Grains.Contracts.Registry;
using TenderHall.Grains.Experts;

namespace TenderHall.Grains.Tests.Experts;

public sealed class RecusalFilterTests
{
    private static readonly string Bidder = Experts.Code();
    private static readonly RecusalFilter Filter = new(new ExpertPolicy());

    private static RecusalContext Context(params string[] regions) =>
        new(new HashSet<string> { Bidder }, "agency-1", Experts.Now.AddDays(2), Experts.Now, regions);

    [Fact]
    public void An_expert_with_no_ground_is_eligible() => Assert.Null(Filter.Ground(Experts.Valid(), Context()));

    [Fact]
    public void Staff_of_a_bidder_now_or_within_three_years_are_recused_and_earlier_staff_are_not()
    {
        var now = Experts.Valid();
        now.EmployerCreditCode = Bidder;
        var recent = With(e => e.PastEmployers = [new Employment { CreditCode = Bidder, From = new DateOnly(2015, 1, 1), To = new DateOnly(2024, 1, 1) }]);
        var long_ago = With(e => e.PastEmployers = [new Employment { CreditCode = Bidder, From = new DateOnly(2010, 1, 1), To = new DateOnly(2022, 1, 1) }]);
        Assert.Equal("employment", Filter.Ground(now, Context()));
        Assert.Equal("employment", Filter.Ground(recent, Context()));
        Assert.Null(Filter.Ground(long_ago, Context()));
    }

    [Fact]
    public void A_declared_relationship_with_a_bidder_recuses_and_one_with_another_company_does_not()
    {
        Assert.Equal("relationships", Filter.Ground(With(e => e.Relationships = [new DeclaredRelationship { CreditCode = Bidder }]), Context()));
        Assert.Null(Filter.Ground(With(e => e.Relationships = [new DeclaredRelationship { CreditCode = Experts.Code() }]), Context()));
    }

    [Fact]
    public void Suspended_and_struck_off_experts_are_recused_until_a_suspension_lapses()
    {
        var suspended = With(e => (e.Status, e.StatusHistory) = (ExpertStatus.Suspended, [new StatusChange { Status = ExpertStatus.Suspended, Until = Experts.Now.AddDays(1) }]));
        var lapsed = With(e => (e.Status, e.StatusHistory) = (ExpertStatus.Suspended, [new StatusChange { Status = ExpertStatus.Suspended, Until = Experts.Now.AddDays(-1) }]));
        Assert.Equal("status", Filter.Ground(suspended, Context()));
        Assert.Equal("status", Filter.Ground(With(e => e.Status = ExpertStatus.StruckOff), Context()));
        Assert.Null(Filter.Ground(lapsed, Context()));
    }

    [Fact]
    public void A_penalty_within_three_years_recuses_and_an_older_one_does_not()
    {
        Assert.Equal("penalty", Filter.Ground(With(e => e.Penalties = [new Penalty { At = Experts.Now.AddYears(-2), Reason = "x" }]), Context()));
        Assert.Null(Filter.Ground(With(e => e.Penalties = [new Penalty { At = Experts.Now.AddYears(-4), Reason = "x" }]), Context()));
    }

    [Fact]
    public void Three_recent_draws_for_the_same_agency_recuse_but_draws_for_others_do_not()
    {
        DrawnRecord Drawn(string agency, int daysAgo) => new() { AgencyId = agency, TenderId = "T" + daysAgo, At = Experts.Now.AddDays(-daysAgo) };
        Assert.Equal("agency", Filter.Ground(With(e => e.Draws = [Drawn("agency-1", 5), Drawn("agency-1", 30), Drawn("agency-1", 60)]), Context()));
        Assert.Null(Filter.Ground(With(e => e.Draws = [Drawn("agency-1", 5), Drawn("agency-1", 30), Drawn("agency-1", 120)]), Context()));
        Assert.Null(Filter.Ground(With(e => e.Draws = [Drawn("agency-2", 5), Drawn("agency-2", 30), Drawn("agency-2", 60)]), Context()));
    }

    [Fact]
    public void Unavailability_covering_the_evaluation_recuses_and_one_ending_before_it_does_not()
    {
        Assert.Equal("unavailable", Filter.Ground(With(e => e.Unavailable = [new Unavailability { From = Experts.Now, To = Experts.Now.AddDays(3) }]), Context()));
        Assert.Null(Filter.Ground(With(e => e.Unavailable = [new Unavailability { From = Experts.Now, To = Experts.Now.AddDays(2) }]), Context()));
    }

    [Fact]
    public void The_region_rule_applies_only_when_the_request_names_regions()
    {
        var elsewhere = With(e => e.Region = "460200");
        Assert.Null(Filter.Ground(elsewhere, Context()));
        Assert.Equal("region", Filter.Ground(elsewhere, Context("460100")));
        Assert.Null(Filter.Ground(elsewhere, Context("460100", "460200")));
        Assert.Contains("region:460100,460200", Filter.Rules(Context("460200", "460100")));
    }

    private static ExpertProfile With(Action<ExpertProfile> change)
    {
        var expert = Experts.Valid();
        change(expert);
        return expert;
    }
}
