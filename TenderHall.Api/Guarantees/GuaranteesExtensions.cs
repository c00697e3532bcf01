using TenderHall.Api.Fees;
using TenderHall.Api.Hosting;
using TenderHall.Grains.Contracts.Fees;
using TenderHall.Grains.Contracts.Guarantees;
using TenderHall.Grains.Hosting;

namespace TenderHall.Api.Guarantees;

/// <summary>Registers bid guarantee letters: the issuer key that decisions are checked against.</summary>
public static class GuaranteesExtensions
{
    /// <summary>
    /// Adds the <see cref="GuaranteeCallbackVerifier"/> for <c>TenderHall:Guarantees:IssuerPublicKey</c>, or, when that is
    /// not set, for the designated bank's key (<see cref="FeesExtensions.BankKey"/>): the bank then relays issuers' decisions.
    /// </summary>
    public static WebApplicationBuilder AddPlatformGuarantees(this WebApplicationBuilder builder, PlatformOptions platform)
    {
        var options = builder.Configuration.GetSection(GuaranteeOptions.Section).Get<GuaranteeOptions>() ?? new GuaranteeOptions();
        builder.Services.AddSingleton(options);
        builder.Services.AddSingleton(new GuaranteeCallbackVerifier(IssuerKey(options, builder.Configuration, platform)));
        return builder;
    }

    private static byte[] IssuerKey(GuaranteeOptions options, IConfiguration configuration, PlatformOptions platform)
    {
        if (string.IsNullOrWhiteSpace(options.IssuerPublicKey))
            return FeesExtensions.BankKey(configuration.GetSection(FeeOptions.Section).Get<FeeOptions>() ?? new FeeOptions(), platform);
        try { return Convert.FromBase64String(options.IssuerPublicKey); }
        catch (FormatException e) { throw new InvalidOperationException($"'{GuaranteeOptions.Section}:IssuerPublicKey' must be a base64 DER SubjectPublicKeyInfo.", e); }
    }
}
