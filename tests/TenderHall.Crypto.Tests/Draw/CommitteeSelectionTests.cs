using System.Security.Cryptography;
using System.Text;
using TenderHall.Crypto.Draw;

namespace TenderHall.Crypto.Tests.Draw;

public sealed class CommitteeSelectionTests
{
    private static readonly IReadOnlyList<SeatRequest> FiveOfA01 = [new("A01", 5, 2)];

    [Fact]
    public void The_same_output_and_pool_give_the_same_committee_and_backups()
    {
        var pool = Pool(("A01", 40), ("B01", 12));
        SeatRequest[] seats = [new("A01", 3, 2), new("B01", 1, 1)];
        var first = CommitteeSelection.Select(Beta(1), pool, seats);
        var second = CommitteeSelection.Select(Beta(1), pool, seats);
        Assert.Equal(Flatten(first), Flatten(second));
        Assert.NotEqual(Flatten(first), Flatten(CommitteeSelection.Select(Beta(2), pool, seats)));
    }

    [Fact]
    public void Backups_are_the_next_draws_of_the_same_permutation()
    {
        var pool = Pool(("A01", 40));
        var five = CommitteeSelection.Select(Beta(7), pool, [new("A01", 5, 0)]).Single();
        var fivePlusTwo = CommitteeSelection.Select(Beta(7), pool, FiveOfA01).Single();
        var seven = CommitteeSelection.Select(Beta(7), pool, [new("A01", 7, 0)]).Single();
        Assert.Equal(five.Members, fivePlusTwo.Members);
        Assert.Equal(seven.Members, [.. fivePlusTwo.Members, .. fivePlusTwo.Backups]);
    }

    [Fact]
    public void A_supplementary_draw_continues_the_specialtys_permutation_past_everyone_already_drawn()
    {
        var pool = Pool(("A01", 40));
        var drawn = CommitteeSelection.Select(Beta(7), pool, FiveOfA01).Single();
        var seventeen = CommitteeSelection.Select(Beta(7), pool, [new("A01", 17, 0)]).Single().Members;
        var taken = drawn.Members.Concat(drawn.Backups).ToHashSet(StringComparer.Ordinal);
        var first = CommitteeSelection.Supplement(Beta(7), pool["A01"], "A01", taken);
        Assert.Equal(seventeen[7], first);
        // Someone another specialty took is skipped, and the pool running dry ends the supplementary draws.
        taken.UnionWith([first!, seventeen[8]]);
        Assert.Equal(seventeen[9], CommitteeSelection.Supplement(Beta(7), pool["A01"], "A01", taken));
        Assert.Null(CommitteeSelection.Supplement(Beta(7), pool["A01"], "A01", pool["A01"].ToHashSet(StringComparer.Ordinal)));
    }

    [Fact]
    public void An_expert_of_two_specialties_is_never_drawn_twice()
    {
        // Every A01 expert is also a B01 expert: B01's draw must skip whoever A01 took.
        var shared = Names("x", 8);
        var pool = new Dictionary<string, IReadOnlyList<string>> { ["A01"] = shared, ["B01"] = [.. shared, .. Names("y", 2)] };
        for (var i = 0; i < 200; i++)
        {
            var drawn = Flatten(CommitteeSelection.Select(Beta(i), pool, [new("A01", 3, 2), new("B01", 3, 2)]));
            Assert.Equal(drawn.Count, drawn.Distinct().Count());
        }
    }

    [Fact]
    public void Over_many_draws_no_expert_is_favoured_chi_square()
    {
        // 30 experts, 5 seats, 6,000 draws: each expert expects 1,000 seats. With 29 degrees of freedom the chi-square
        // statistic exceeds 58.3 with probability 0.001 for a fair draw; a modulo bias or a skipped index breaks it.
        const int Experts = 30, Draws = 6000;
        var pool = Pool(("A01", Experts));
        var counts = new Dictionary<string, int>(StringComparer.Ordinal);
        for (var i = 0; i < Draws; i++)
            foreach (var member in CommitteeSelection.Select(Beta(i), pool, [new("A01", 5, 0)]).Single().Members)
                counts[member] = counts.GetValueOrDefault(member) + 1;
        const double Expected = Draws * 5.0 / Experts;
        var chiSquare = pool["A01"].Sum(e => Math.Pow(counts.GetValueOrDefault(e) - Expected, 2) / Expected);
        Assert.True(chiSquare < 58.3, $"chi-square {chiSquare:F1} over {Experts - 1} degrees of freedom");
    }

    [Fact]
    public void A_pool_too_small_for_the_seats_is_refused()
    {
        var error = Assert.Throws<InvalidOperationException>(() => CommitteeSelection.Select(Beta(0), Pool(("A01", 4)), FiveOfA01));
        Assert.Contains("4 eligible", error.Message, StringComparison.Ordinal);
    }

    internal static byte[] Beta(int i) => SHA512.HashData(Encoding.ASCII.GetBytes("test beta " + i));

    private static Dictionary<string, IReadOnlyList<string>> Pool(params (string Code, int Count)[] specialties) =>
        specialties.ToDictionary(s => s.Code, s => (IReadOnlyList<string>)Names(s.Code, s.Count), StringComparer.Ordinal);

    private static List<string> Names(string prefix, int count) => [.. Enumerable.Range(0, count).Select(i => $"{prefix}-{i:D3}").Order(StringComparer.Ordinal)];

    private static List<string> Flatten(IReadOnlyList<SpecialtyDraw> draws) => [.. draws.SelectMany(d => d.Members.Concat(d.Backups))];
}
