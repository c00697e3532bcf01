using System.Text;
using TenderHall.Crypto.Draw;

namespace TenderHall.Crypto.Tests.Draw;

public sealed class DrawHashingTests
{
    [Fact]
    public void Framing_keeps_field_boundaries_apart() =>
        Assert.NotEqual(DrawHashing.Frame("d", Encoding.ASCII.GetBytes("ab"), Encoding.ASCII.GetBytes("c")),
            DrawHashing.Frame("d", Encoding.ASCII.GetBytes("a"), Encoding.ASCII.GetBytes("bc")));

    [Fact]
    public void A_withheld_contribution_gives_another_seed_than_any_revealed_one_even_all_zero()
    {
        var root = new byte[32];
        Assert.NotEqual(DrawHashing.Seed(root, null), DrawHashing.Seed(root, new byte[32]));
    }

    [Fact]
    public void The_pool_hash_depends_on_every_pseudonym_and_on_which_specialty_holds_it()
    {
        var pool = new Dictionary<string, IReadOnlyList<string>> { ["A01"] = ["a", "b"], ["B01"] = ["c"] };
        var moved = new Dictionary<string, IReadOnlyList<string>> { ["A01"] = ["a"], ["B01"] = ["b", "c"] };
        Assert.NotEqual(DrawHashing.PoolHash(pool), DrawHashing.PoolHash(moved));
    }

    [Fact]
    public void The_pool_hash_and_pseudonyms_are_the_framed_hashes_the_document_specifies()
    {
        var pool = new Dictionary<string, IReadOnlyList<string>> { ["B01"] = ["c"], ["A01"] = ["a", "b"] };
        byte[][] fields = [.. new[] { "A01", "2", "a", "b", "B01", "1", "c" }.Select(Encoding.UTF8.GetBytes)];
        Assert.Equal(DrawHashing.Frame("TenderHall/draw/pool/v1", fields), DrawHashing.PoolHash(pool));
        byte[] salt = [.. Enumerable.Range(1, 16).Select(i => (byte)i)];
        var framed = DrawHashing.Frame("TenderHall/draw/member/v1", salt, Encoding.UTF8.GetBytes("专家-0001"));
        Assert.Equal(Convert.ToHexStringLower(framed[..16]), DrawHashing.Pseudonym(salt, "专家-0001"));
    }

    [Fact]
    public void A_pseudonym_is_opened_only_by_its_salt_and_id()
    {
        var salt = new byte[16];
        var pseudonym = DrawHashing.Pseudonym(salt, "expert-0001");
        Assert.Equal(32, pseudonym.Length);
        Assert.NotEqual(pseudonym, DrawHashing.Pseudonym(salt, "expert-0002"));
        Assert.NotEqual(pseudonym, DrawHashing.Pseudonym([1, .. new byte[15]], "expert-0001"));
    }
}
