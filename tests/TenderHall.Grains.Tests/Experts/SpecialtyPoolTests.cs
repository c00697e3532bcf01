using System.Security.Cryptography;
using TenderHall.Crypto.Draw;
using TenderHall.Grains.Contracts.Experts;
using TenderHall.Grains.Contracts.Registry;
using TenderHall.Grains.Experts;

namespace TenderHall.Grains.Tests.Experts;

public sealed class SpecialtyPoolTests
{
    private static readonly RecusalFilter Filter = new(new ExpertPolicy());
    private static readonly RecusalContext Context = new(new HashSet<string>(), "agency-1", Experts.Now.AddDays(2), Experts.Now, []);

    [Fact]
    public void A_frozen_pool_holds_each_eligible_experts_verifiable_pseudonym_in_ordinal_order_and_names_the_recused_with_their_ground()
    {
        var pool = new SpecialtyPool("A01");
        var experts = Enumerable.Range(0, 50).Select(_ => Experts.Valid()).ToList();
        experts[7].Status = ExpertStatus.StruckOff;
        foreach (var expert in experts) pool.Update(expert);
        var key = RandomNumberGenerator.GetBytes(32);

        var frozen = pool.Freeze(Context, Filter, key);

        Assert.Equal(frozen.Pseudonyms.Order(StringComparer.Ordinal), frozen.Pseudonyms);
        Assert.Equal(49, frozen.Pseudonyms.Count);
        Assert.Equal("status", frozen.Recused[experts[7].Id]);
        Assert.Equal(experts.Where(e => e.Status == ExpertStatus.Active).Select(e => e.Id).Order(), frozen.Ids.Order());
        for (var i = 0; i < frozen.Pseudonyms.Count; i++)
            Assert.Equal(frozen.Pseudonyms[i], DrawHashing.Pseudonym(PoolSnapshot.Salt(key, frozen.Ids[i]), frozen.Ids[i]));
    }

    [Fact]
    public void An_update_replaces_the_expert_and_one_who_leaves_the_specialty_is_dropped_and_another_draw_key_gives_unlinkable_pseudonyms()
    {
        var pool = new SpecialtyPool("A01");
        var stays = Experts.Valid();
        var leaves = Experts.Valid();
        pool.Update(stays);
        pool.Update(leaves);
        var suspended = Experts.Valid(stays.Id);
        suspended.Status = ExpertStatus.Suspended;
        pool.Update(suspended);
        leaves.Specialties = ["B01"];
        pool.Update(leaves);

        Assert.Equal(1, pool.Count);
        var frozen = pool.Freeze(Context, Filter, RandomNumberGenerator.GetBytes(32));
        Assert.Empty(frozen.Pseudonyms);
        Assert.Equal("status", frozen.Recused[stays.Id]);

        pool.Update(Experts.Valid(stays.Id));
        var first = pool.Freeze(Context, Filter, RandomNumberGenerator.GetBytes(32)).Pseudonyms.Single();
        var second = pool.Freeze(Context, Filter, RandomNumberGenerator.GetBytes(32)).Pseudonyms.Single();
        Assert.NotEqual(first, second);
    }
}
