using TenderHall.Grains.Contracts.Fees;
using TenderHall.Grains.Contracts.Guarantees;
using TenderHall.Grains.Hosting;
using TenderHall.Portal.DemoBank;

namespace TenderHall.Api.Demo;

/// <summary>Registers the simulated bank of demos and tests (<see cref="SimulatedBankApi"/> and the Portal's bank pages).</summary>
public static class SimulatedBankHosting
{
    /// <summary>The setting a test platform turns the simulated bank on with; a demo (<c>--demo</c>) has it anyway.</summary>
    public const string Setting = "TenderHall:Fees:SimulatedBank";

    /// <summary>
    /// Adds the <see cref="SimulatedBankSetting"/>: on for a demo or with <see cref="Setting"/>, and only while the platform
    /// trusts the simulated bank key (embedded profile, no configured bank or issuer key). Anywhere else it stays off whatever
    /// is asked: the real bank signs callbacks there, and the simulated bank's would be refused.
    /// </summary>
    public static WebApplicationBuilder AddSimulatedBank(this WebApplicationBuilder builder, PlatformOptions platform)
    {
        var configuration = builder.Configuration;
        var simulated = platform.Profile == StorageProfile.Embedded
            && string.IsNullOrWhiteSpace(configuration.GetSection(FeeOptions.Section).Get<FeeOptions>()?.BankPublicKey)
            && string.IsNullOrWhiteSpace(configuration.GetSection(GuaranteeOptions.Section).Get<GuaranteeOptions>()?.IssuerPublicKey);
        builder.Services.AddSingleton(new SimulatedBankSetting(simulated && (platform.Demo || configuration.GetValue<bool>(Setting))));
        // The bank calls the very platform that served its page: straight there, never through a configured proxy.
        builder.Services.AddHttpClient(SimulatedBankApi.ClientName).ConfigurePrimaryHttpMessageHandler(() => new SocketsHttpHandler { UseProxy = false });
        return builder;
    }
}
