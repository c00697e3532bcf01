using TenderHall.Api.Hosting;
using TenderHall.Grains.Contracts.Fees;
using TenderHall.Grains.Hosting;

namespace TenderHall.Api.Fees;

/// <summary>Registers unified fee collection: the bank key that callbacks are checked against and the fee options.</summary>
public static class FeesExtensions
{
    /// <summary>
    /// Adds <see cref="FeeOptions"/> and the <see cref="BankCallbackVerifier"/>. The cluster profile needs
    /// <c>TenderHall:Fees:BankPublicKey</c>; the embedded profile falls back to a simulated bank key in the data directory.
    /// </summary>
    public static WebApplicationBuilder AddPlatformFees(this WebApplicationBuilder builder, PlatformOptions platform)
    {
        builder.Services.AddPlatformFees(builder.Configuration, platform);
        return builder;
    }

    /// <summary>The same registration on a service collection.</summary>
    public static IServiceCollection AddPlatformFees(this IServiceCollection services, IConfiguration configuration, PlatformOptions platform)
    {
        var options = configuration.GetSection(FeeOptions.Section).Get<FeeOptions>() ?? new FeeOptions();
        if (options.DemandDepositRateBasisPoints is < 0 or > 10_000)
            throw new InvalidOperationException($"'{FeeOptions.Section}:DemandDepositRateBasisPoints' must be 0-10000 (basis points a year).");
        services.AddSingleton(options);
        services.AddSingleton(new BankCallbackVerifier(BankKey(options, platform)));
        return services;
    }

    /// <summary>The designated bank's public key (DER SubjectPublicKeyInfo): configured, or the simulated bank's on the embedded profile.</summary>
    public static byte[] BankKey(FeeOptions options, PlatformOptions platform)
    {
        if (!string.IsNullOrWhiteSpace(options.BankPublicKey))
        {
            try { return Convert.FromBase64String(options.BankPublicKey); }
            catch (FormatException e) { throw new InvalidOperationException($"'{FeeOptions.Section}:BankPublicKey' must be a base64 DER SubjectPublicKeyInfo.", e); }
        }

        if (platform.Profile == StorageProfile.Cluster)
            throw new InvalidOperationException(
                $"The cluster profile needs '{FeeOptions.Section}:BankPublicKey', the designated bank's callback-signing key (base64 SubjectPublicKeyInfo, ECDSA P-256).");
        return SimulatedBankKey.LoadOrCreate(SimulatedBankKey.PathIn(platform.DataDirectory));
    }
}
