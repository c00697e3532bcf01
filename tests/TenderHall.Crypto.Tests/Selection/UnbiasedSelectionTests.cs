using System.Security.Cryptography;
using TenderHall.Crypto.Selection;

namespace TenderHall.Crypto.Tests.Selection;

public sealed class UnbiasedSelectionTests
{
    [Fact]
    public void Draws_match_an_independent_implementation_of_the_written_spec()
    {
        var vectors = TestVectors.Load("selection.json");
        var beta = vectors.Hex("beta");
        foreach (var c in vectors.GetProperty("cases").EnumerateArray())
        {
            var expected = c.GetProperty("selection").EnumerateArray().Select(e => e.GetInt32()).ToArray();
            Assert.Equal(expected, UnbiasedSelection.Sample(beta, c.GetProperty("population").GetInt32(), c.GetProperty("count").GetInt32()));
        }
    }

    [Fact]
    public void Permutation_contains_every_index_once()
    {
        var permutation = UnbiasedSelection.Permutation(SHA512.HashData("p"u8), 500);
        Assert.Equal(Enumerable.Range(0, 500), permutation.Order());
    }

    [Fact]
    public void Same_beta_gives_the_same_draw_and_another_beta_a_different_one()
    {
        var beta = SHA512.HashData("draw"u8);
        Assert.Equal(UnbiasedSelection.Sample(beta, 100, 10), UnbiasedSelection.Sample(beta, 100, 10));
        Assert.NotEqual(UnbiasedSelection.Sample(beta, 100, 10), UnbiasedSelection.Sample(SHA512.HashData("draw2"u8), 100, 10));
    }

    [Fact]
    public void Each_expert_is_picked_about_equally_often_over_many_draws()
    {
        // 21 000 single draws from 7: expected 3000 each, standard deviation ~50; 300 is six deviations.
        var counts = new int[7];
        for (var i = 0; i < 21_000; i++)
            counts[UnbiasedSelection.Sample(SHA512.HashData(BitConverter.GetBytes(i)), 7, 1)[0]]++;
        Assert.All(counts, c => Assert.InRange(c, 2700, 3300));
    }

    [Fact]
    public void Beta_must_be_64_bytes_and_count_at_most_the_population()
    {
        Assert.Throws<ArgumentException>(() => UnbiasedSelection.Sample(new byte[32], 5, 1));
        Assert.Throws<ArgumentOutOfRangeException>(() => UnbiasedSelection.Sample(new byte[64], 5, 6));
    }
}
