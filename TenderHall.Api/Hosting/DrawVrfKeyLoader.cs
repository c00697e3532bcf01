using TenderHall.Crypto;
using TenderHall.Grains.Experts;
using TenderHall.Grains.Hosting;

namespace TenderHall.Api.Hosting;

/// <summary>
/// The centre's ECVRF key for expert draws: generated once under the data directory in the embedded profile, from
/// <c>TenderHall:Experts:VrfKey</c> (base64 32-byte secret) in the cluster, where every silo must prove with the same key.
/// </summary>
public static class DrawVrfKeyLoader
{
    /// <summary>Configuration key of the cluster profile's key.</summary>
    public const string Setting = "TenderHall:Experts:VrfKey";

    /// <summary>Loads the key, creating it in the embedded profile; fails fast when the cluster has none.</summary>
    public static DrawVrfKey Load(PlatformOptions platform, IConfiguration configuration)
    {
        if (platform.Profile == StorageProfile.Cluster)
        {
            var configured = configuration[Setting];
            if (string.IsNullOrWhiteSpace(configured))
                throw new InvalidOperationException($"The cluster profile needs '{Setting}': the base64 32-byte ECVRF secret key every silo proves expert draws with.");
            return new DrawVrfKey(Convert.FromBase64String(configured));
        }

        var path = Path.Combine(platform.DataDirectory, "keys", "draw-vrf.key");
        if (!File.Exists(path))
        {
            Directory.CreateDirectory(Path.GetDirectoryName(Path.GetFullPath(path))!);
            using (var file = OwnerOnlyFile.Create(path + ".tmp")) file.Write(System.Security.Cryptography.RandomNumberGenerator.GetBytes(32));
            File.Move(path + ".tmp", path, overwrite: false);
        }

        return new DrawVrfKey(File.ReadAllBytes(path));
    }
}
