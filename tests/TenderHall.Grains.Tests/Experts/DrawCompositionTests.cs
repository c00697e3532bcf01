using TenderHall.Grains.Contracts.Experts;
using TenderHall.Grains.Contracts.Rules;
using TenderHall.Grains.Experts;

namespace TenderHall.Grains.Tests.Experts;

public sealed class DrawCompositionTests
{
    [Theory]
    [InlineData(5, 0, "A01:5")]
    [InlineData(5, 1, "A01:3,B01:1")]
    [InlineData(7, 2, "A01:3,B01:2")]
    [InlineData(9, 3, "A01:6")]
    public void Committees_of_five_or_more_odd_with_two_thirds_experts_are_lawful(int size, int tenderee, string seats) =>
        DrawComposition.Validate(Request(size, tenderee, seats));

    [Theory]
    [InlineData(3, 0, "A01:3", "at least 5")]
    [InlineData(6, 0, "A01:6", "odd")]
    [InlineData(5, 2, "A01:3", "two thirds")]
    [InlineData(7, 3, "A01:4", "two thirds")]
    [InlineData(5, 0, "A01:4", "do not make")]
    [InlineData(5, 0, "A01:3,A01:2", "once")]
    [InlineData(5, 0, "Z99:5", "known code")]
    public void Other_committees_are_refused_by_BL_37(int size, int tenderee, string seats, string reason)
    {
        var error = Assert.Throws<RuleViolationException>(() => DrawComposition.Validate(Request(size, tenderee, seats)));
        Assert.Equal("DRAW-COMPOSITION", error.Rule);
        Assert.Contains(reason, error.Args["detail"]);
    }

    [Fact]
    public void A_pool_must_hold_each_specialtys_seats_and_backups_plus_all_drawn_before_it()
    {
        var request = Request(5, 0, "A01:3,B01:2");
        request.Seats = [.. request.Seats.Select(s => s with { Backups = 1 })];
        var enough = new Dictionary<string, IReadOnlyList<string>> { ["A01"] = Names(4), ["B01"] = Names(7) };
        var short_ = new Dictionary<string, IReadOnlyList<string>> { ["A01"] = Names(4), ["B01"] = Names(6) };
        DrawComposition.RequireFillable(request, enough);
        var error = Assert.Throws<RuleViolationException>(() => DrawComposition.RequireFillable(request, short_));
        Assert.Equal(("DRAW-POOL", "B01", "7"), (error.Rule, error.Args["specialty"], error.Args["needed"]));
    }

    private static List<string> Names(int n) => [.. Enumerable.Range(0, n).Select(i => "p" + i)];

    private static DrawRequest Request(int size, int tenderee, string seats) => new()
    {
        CommitteeSize = size, TendereeSeats = tenderee,
        Seats = [.. seats.Split(',').Select(s => new DrawSeats { Specialty = s.Split(':')[0], Seats = int.Parse(s.Split(':')[1], System.Globalization.CultureInfo.InvariantCulture) })],
    };
}
