using System.Security.Cryptography;
using Microsoft.Extensions.DependencyInjection;
using TenderHall.Api.Tests.Platform;
using TenderHall.Grains.Contracts.Accounts;
using TenderHall.Grains.Contracts.Experts;
using TenderHall.Grains.Contracts.Registry;
using TenderHall.Grains.Contracts.Tendering;
using TenderHall.Grains.Contracts.Time;

namespace TenderHall.Api.Tests.Experts;

[Collection(PlatformCollection.Name)]
public sealed class ExpertPoolTests(PlatformFactory platform)
{
    [Fact]
    public async Task A_loaded_specialty_pool_follows_each_stored_change_of_its_experts()
    {
        var grains = platform.Services.GetRequiredService<IGrainFactory>();
        var pool = grains.GetGrain<IExpertPoolGrain>("B02");
        await pool.Freeze(Freeze()); // loaded now: what follows reaches it only as updates

        var prefix = "pool-" + Guid.NewGuid().ToString("N")[..6];
        var joins = await Register(grains, prefix + "-a", ["B02"]);
        var moves = await Register(grains, prefix + "-b", ["B02"]);
        var suspended = await Register(grains, prefix + "-c", ["B02", "A05"]);
        await grains.GetGrain<IExpertGrain>(suspended.Id).ChangeStatus(new Actor("centre", null, [Roles.CentreAdmin], null), ExpertStatus.Suspended, "测试", null);
        moves.Specialties = ["C02"];
        await grains.GetGrain<IExpertGrain>(moves.Id).Upsert(moves);

        var frozen = await pool.Freeze(Freeze());
        Assert.Contains(joins.Id, frozen.Ids);
        Assert.DoesNotContain(moves.Id, frozen.Ids);
        Assert.False(frozen.Recused.ContainsKey(moves.Id));
        Assert.Equal("status", frozen.Recused[suspended.Id]);
    }

    [Fact]
    public async Task A_change_stored_while_its_pool_cannot_be_told_reaches_the_pool_when_the_expert_next_activates()
    {
        var grains = platform.Services.GetRequiredService<IGrainFactory>();
        var pool = grains.GetGrain<IExpertPoolGrain>("A03");
        var expert = await Register(grains, "pool-" + Guid.NewGuid().ToString("N")[..6] + "-s", ["A03"]);
        Assert.Contains(expert.Id, (await pool.Freeze(Freeze())).Ids);

        // The suspension is stored, then the call that tells the pool fails: the caller hears of a failure, and before
        // the fix the loaded pool went on holding the expert as eligible until it was next loaded.
        platform.Faults.FailCall("th-expert-pool", "A03");
        await Assert.ThrowsAnyAsync<Exception>(() =>
            grains.GetGrain<IExpertGrain>(expert.Id).ChangeStatus(new Actor("centre", null, [Roles.CentreAdmin], null), ExpertStatus.Suspended, "测试", null));

        Assert.Equal(ExpertStatus.Suspended, (await grains.GetGrain<IExpertGrain>(expert.Id).Get())!.Status);
        var frozen = await pool.Freeze(Freeze());
        Assert.DoesNotContain(expert.Id, frozen.Ids);
        Assert.Equal("status", frozen.Recused[expert.Id]);
    }

    [Fact]
    public async Task The_directory_search_answers_from_the_pools_by_text_status_and_specialty()
    {
        var grains = platform.Services.GetRequiredService<IGrainFactory>();
        var prefix = "search-" + Guid.NewGuid().ToString("N")[..6];
        var both = await Register(grains, prefix + "-a", ["A04", "C01"]);
        var one = await Register(grains, prefix + "-b", ["C01"]);
        await grains.GetGrain<IExpertGrain>(one.Id).ChangeStatus(new Actor("centre", null, [Roles.CentreAdmin], null), ExpertStatus.Suspended, "测试", null);
        var directory = grains.GetGrain<IExpertDirectoryGrain>(0);

        Assert.Equal([both.Id, one.Id], (await directory.Search(new ExpertQuery { Text = prefix })).Select(p => p.Id));
        Assert.Equal([both.Id], (await directory.Search(new ExpertQuery { Text = prefix, Specialty = "A04" })).Select(p => p.Id));
        Assert.Equal([one.Id], (await directory.Search(new ExpertQuery { Text = prefix, Status = ExpertStatus.Suspended })).Select(p => p.Id));
    }

    private PoolFreeze Freeze()
    {
        var now = platform.Services.GetRequiredService<PlatformClock>().UtcNow;
        return new() { AgencyId = "agency-pool", EvaluationAt = now.AddDays(1), Now = now, PseudonymKey = RandomNumberGenerator.GetBytes(32) };
    }

    private static async Task<ExpertProfile> Register(IGrainFactory grains, string id, List<string> specialties) =>
        await grains.GetGrain<IExpertGrain>(id).Register(new ExpertProfile
        {
            Id = id, Name = "专家" + id, Specialties = specialties, EmployerCreditCode = TestCreditCodes.New("12"), EmployerName = "单位", Title = "高级工程师",
            TitleLevel = TitleLevel.Senior, YearsInField = 10, Region = "460100", Mobile = "13900000000",
        });
}
