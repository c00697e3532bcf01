using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.DependencyInjection;
using TenderHall.Api.Demo;
using TenderHall.Grains.Hosting;
using TenderHall.Portal.DemoBank;

namespace TenderHall.Api.Tests.Fees;

public sealed class SimulatedBankSettingTests
{
    [Theory]
    [InlineData(true, StorageProfile.Embedded, null, null, true)]
    [InlineData(false, StorageProfile.Embedded, "true", null, true)]
    [InlineData(false, StorageProfile.Embedded, null, null, false)]
    [InlineData(true, StorageProfile.Cluster, "true", null, false)]
    [InlineData(true, StorageProfile.Embedded, "true", "MFkwEwYHKoZIzj0CAQ==", false)]
    public void The_simulated_bank_exists_only_in_a_demo_or_test_platform_that_trusts_its_key(
        bool demo, StorageProfile profile, string? asked, string? bankKey, bool enabled)
    {
        var builder = WebApplication.CreateBuilder();
        if (asked is not null) builder.Configuration[SimulatedBankHosting.Setting] = asked;
        if (bankKey is not null) builder.Configuration["TenderHall:Fees:BankPublicKey"] = bankKey;
        builder.AddSimulatedBank(new PlatformOptions { Demo = demo, Profile = profile });
        using var services = builder.Services.BuildServiceProvider();
        Assert.Equal(enabled, services.GetRequiredService<SimulatedBankSetting>().Enabled);
    }
}
