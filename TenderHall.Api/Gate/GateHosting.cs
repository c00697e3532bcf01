using TenderHall.Crypto.Signing;
using TenderHall.Grains.Contracts.Gate;

namespace TenderHall.Api.Gate;

/// <summary>What the gate needs from the host: the public half of the document key that signs trade certificates.</summary>
public static class GateHosting
{
    /// <summary>Registers <see cref="PlatformDocumentVerifier"/> from the platform's document key.</summary>
    public static WebApplicationBuilder AddGate(this WebApplicationBuilder builder)
    {
        builder.Services.AddSingleton(sp => new PlatformDocumentVerifier(sp.GetRequiredKeyedService<SignatureKey>(Opening.PlatformDocumentKey.ServiceKey).Verifier));
        return builder;
    }
}
