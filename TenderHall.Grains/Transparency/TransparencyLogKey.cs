using System.Security.Cryptography;
using TenderHall.Crypto;
using TenderHall.Grains.Hosting;
using TenderHall.Crypto.Signing;

namespace TenderHall.Grains.Transparency;

/// <summary>The log's Ed25519 signing key: generated once under the data directory (embedded) or taken from configuration (cluster).</summary>
public static class TransparencyLogKey
{
    /// <summary>Where the embedded profile keeps the key (base64 seed, owner-only file).</summary>
    public static string FileOf(PlatformOptions platform) => Path.Combine(platform.DataDirectory, "keys", "transparency-log.key");

    /// <summary>Loads the key; the embedded profile creates it on first use when <paramref name="create"/> is set.</summary>
    public static SignatureKey Load(PlatformOptions platform, TransparencyOptions options, bool create = true)
    {
        var (seed, source) = Seed(platform, options, create);
        return Import(seed, source);
    }

    /// <summary>The key commitment salts are derived with (<see cref="CommitmentSalts"/>): HKDF-SHA-256 of the log's seed, so every silo holds it without another setting.</summary>
    public static byte[] SaltKey(PlatformOptions platform, TransparencyOptions options)
    {
        var (seed, _) = Seed(platform, options, create: true);
        return HKDF.DeriveKey(HashAlgorithmName.SHA256, Convert.FromBase64String(seed), 32, info: "tenderhall commitment salts"u8.ToArray());
    }

    private static (string Seed, string Source) Seed(PlatformOptions platform, TransparencyOptions options, bool create)
    {
        if (platform.Profile == StorageProfile.Cluster)
        {
            if (string.IsNullOrWhiteSpace(options.SigningKey))
                throw new InvalidOperationException(
                    $"The cluster profile needs '{TransparencyOptions.Section}:SigningKey', the base64 Ed25519 seed every silo signs log checkpoints with. " +
                    "Generate 32 random bytes once (e.g. 'openssl rand -base64 32') and give the same value to every instance.");
            return (options.SigningKey, TransparencyOptions.Section + ":SigningKey");
        }

        var path = FileOf(platform);
        if (!File.Exists(path))
        {
            if (!create) throw new InvalidOperationException($"The transparency log key '{path}' does not exist: this data directory has never run the platform.");
            Directory.CreateDirectory(Path.GetDirectoryName(Path.GetFullPath(path))!);
            var temp = path + ".tmp";
            using (var file = OwnerOnlyFile.Create(temp))
            using (var writer = new StreamWriter(file))
                writer.Write(Convert.ToBase64String(RandomNumberGenerator.GetBytes(32)));
            // Another process may have created it meanwhile; the first one wins and both then read it.
            try { File.Move(temp, path, overwrite: false); }
            catch (IOException) { File.Delete(temp); }
        }

        return (File.ReadAllText(path).Trim(), path);
    }

    private static SignatureKey Import(string base64, string source)
    {
        try
        {
            return SignatureKey.Import(SignatureAlgorithm.Ed25519, Convert.FromBase64String(base64));
        }
        catch (Exception e) when (e is FormatException or TenderHall.Crypto.CryptographicFormatException)
        {
            throw new InvalidOperationException($"'{source}' is not a base64 32-byte Ed25519 seed.", e);
        }
    }
}
