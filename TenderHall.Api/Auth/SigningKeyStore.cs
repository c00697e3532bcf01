using System.Security.Cryptography;
using Microsoft.IdentityModel.Tokens;
using TenderHall.Api.Hosting;
using TenderHall.Crypto;

namespace TenderHall.Api.Auth;

/// <summary>The embedded profile's token signing key: 256 random bits kept in the data directory, readable by the owner only.</summary>
public static class SigningKeyStore
{
    /// <summary>Loads the key at <paramref name="path"/>, creating it on first use.</summary>
    public static SymmetricSecurityKey LoadOrCreate(string path)
    {
        if (!File.Exists(path))
        {
            Directory.CreateDirectory(Path.GetDirectoryName(Path.GetFullPath(path))!);
            var temp = path + ".tmp";
            using (var file = OwnerOnlyFile.Create(temp))
            {
                file.Write(RandomNumberGenerator.GetBytes(32));
                file.Flush(flushToDisk: true);
            }

            // Another process may have created it meanwhile; the first one wins and both then read it.
            try { File.Move(temp, path, overwrite: false); }
            catch (IOException) { File.Delete(temp); }
        }

        return new SymmetricSecurityKey(File.ReadAllBytes(path)) { KeyId = "tenderhall-embedded" };
    }
}
