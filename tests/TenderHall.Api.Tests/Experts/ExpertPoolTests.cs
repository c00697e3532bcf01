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
        var now = platform.Services.GetRequiredService<PlatformClock>().UtcNow;
        PoolFreeze Freeze() => new() { AgencyId = "agency-pool", EvaluationAt = now.AddDays(1), Now = now, PseudonymKey = RandomNumberGenerator.GetBytes(32) };
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

    private static async Task<ExpertProfile> Register(IGrainFactory grains, string id, List<string> specialties) =>
        await grains.GetGrain<IExpertGrain>(id).Register(new ExpertProfile
        {
            Id = id, Name = "专家" + id, Specialties = specialties, EmployerCreditCode = TestCreditCodes.New("12"), EmployerName = "单位", Title = "高级工程师",
            TitleLevel = TitleLevel.Senior, YearsInField = 10, Region = "460100", Mobile = "13900000000",
        });
}
