using TenderHall.Api.Hosting;
using TenderHall.Crypto;
using TenderHall.Crypto.Signing;
using TenderHall.Grains.Hosting;

namespace TenderHall.Api.Opening;

/// <summary>
/// The platform's document-signing key (ECDSA P-256) for records such as the opening record PDF: generated once
/// under the data directory in the embedded profile, from <c>TenderHall:Documents:SigningKey</c> (base64 scalar) in the cluster.
/// </summary>
public static class PlatformDocumentKey
{
    /// <summary>The key's service key in dependency injection.</summary>
    public const string ServiceKey = "platform-document-key";

    /// <summary>Configuration key of the cluster profile's key.</summary>
    public const string Setting = "TenderHall:Documents:SigningKey";

    /// <summary>Loads the key, creating it in the embedded profile; fails fast when the cluster has none.</summary>
    public static SignatureKey Load(PlatformOptions platform, IConfiguration configuration)
    {
        if (platform.Profile == StorageProfile.Cluster)
        {
            var configured = configuration[Setting];
            if (string.IsNullOrWhiteSpace(configured))
                throw new InvalidOperationException($"The cluster profile needs '{Setting}': the base64 ECDSA P-256 private scalar every silo signs records with.");
            return SignatureKey.Import(SignatureAlgorithm.EcdsaP256Sha256, Convert.FromBase64String(configured));
        }

        var path = Path.Combine(platform.DataDirectory, "keys", "document-signing.key");
        if (!File.Exists(path))
        {
            Directory.CreateDirectory(Path.GetDirectoryName(Path.GetFullPath(path))!);
            using var created = SignatureKey.Generate(SignatureAlgorithm.EcdsaP256Sha256);
            using (var file = OwnerOnlyFile.Create(path + ".tmp")) file.Write(created.ExportPrivateKey());
            File.Move(path + ".tmp", path, overwrite: false);
        }

        return SignatureKey.Import(SignatureAlgorithm.EcdsaP256Sha256, File.ReadAllBytes(path));
    }
}
