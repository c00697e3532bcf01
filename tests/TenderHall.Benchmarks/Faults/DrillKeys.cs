using System.Security.Cryptography;
using TenderHall.Api.Auth;
using TenderHall.Api.Fees;

namespace TenderHall.Benchmarks.Faults;

/// <summary>
/// The keys every silo of a drill shares, kept in the drill's data directory: the token key (the embedded profile's own
/// issuer key file, and the cluster profile's test authority key), the simulated bank, and the cluster's signing keys.
/// </summary>
public static class DrillKeys
{
    /// <summary>The token key file, where the embedded profile keeps its issuer key.</summary>
    public static string TokenKeyPath(string dataDirectory) => Path.Combine(dataDirectory, "keys", "token-signing.key");

    /// <summary>Creates the keys (once) and writes the settings a silo of the drill needs as shell <c>export</c> lines.</summary>
    public static async Task WriteEnvironmentAsync(string dataDirectory, TextWriter output)
    {
        var token = SigningKeyStore.LoadOrCreate(TokenKeyPath(dataDirectory)).Key;
        var bank = SimulatedBankKey.LoadOrCreate(SimulatedBankKey.PathIn(dataDirectory));
        using var documents = ECDsa.Create(ECCurve.NamedCurves.nistP256);
        await output.WriteLineAsync($"export TenderHall__Auth__TestAuthorityKey={Convert.ToBase64String(token)}");
        await output.WriteLineAsync($"export TenderHall__Fees__BankPublicKey={Convert.ToBase64String(bank)}");
        await output.WriteLineAsync($"export TenderHall__Transparency__SigningKey={Convert.ToBase64String(RandomNumberGenerator.GetBytes(32))}");
        await output.WriteLineAsync($"export TenderHall__Documents__SigningKey={Convert.ToBase64String(documents.ExportParameters(true).D!)}");
        await output.WriteLineAsync($"export TenderHall__Experts__VrfKey={Convert.ToBase64String(RandomNumberGenerator.GetBytes(32))}");
    }
}
