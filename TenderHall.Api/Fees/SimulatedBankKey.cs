using System.Security.Cryptography;
using TenderHall.Api.Hosting;
using TenderHall.Crypto;

namespace TenderHall.Api.Fees;

/// <summary>
/// The embedded profile's stand-in for the designated bank: a P-256 key pair kept in the data directory
/// (<c>keys/simulated-bank.pkcs8</c>, PKCS#8 DER, owner-only) so demos and tests can sign callbacks.
/// </summary>
public static class SimulatedBankKey
{
    /// <summary>Where the key lives under <paramref name="dataDirectory"/>.</summary>
    public static string PathIn(string dataDirectory) => Path.Combine(dataDirectory, "keys", "simulated-bank.pkcs8");

    /// <summary>The public key (DER SubjectPublicKeyInfo) of the key at <paramref name="path"/>, creating the key on first use.</summary>
    public static byte[] LoadOrCreate(string path)
    {
        if (!File.Exists(path))
        {
            Directory.CreateDirectory(Path.GetDirectoryName(Path.GetFullPath(path))!);
            var temp = path + ".tmp";
            using (var key = ECDsa.Create(ECCurve.NamedCurves.nistP256))
            using (var file = OwnerOnlyFile.Create(temp))
            {
                file.Write(key.ExportPkcs8PrivateKey());
                file.Flush(flushToDisk: true);
            }

            // Another process may have created it meanwhile; the first one wins and both then read it.
            try { File.Move(temp, path, overwrite: false); }
            catch (IOException) { File.Delete(temp); }
        }

        using var ecdsa = ECDsa.Create();
        ecdsa.ImportPkcs8PrivateKey(File.ReadAllBytes(path), out _);
        return ecdsa.ExportSubjectPublicKeyInfo();
    }
}
