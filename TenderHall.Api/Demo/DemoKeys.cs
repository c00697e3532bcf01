using System.Security.Cryptography;
using System.Text.Json;
using TenderHall.Api.Hosting;
using TenderHall.Crypto;
using TenderHall.Grains.Contracts.Registry;

namespace TenderHall.Api.Demo;

/// <summary>
/// Key pairs of the demo bidders and custodians. The private halves are written to <c>data/demo-keys/</c>, readable by the owner only,
/// so the bidder tool and custodians can sign, seal and unwrap key shares in demos; the platform itself only ever uses the public halves.
/// </summary>
internal static class DemoKeys
{
    private sealed record KeyFile(string SigningPkcs8, string EncryptionPkcs8);

    /// <summary>The bidder's public keys, creating and saving its key pairs on first use.</summary>
    public static List<PublicKeyRecord> LoadOrCreate(string directory, string organizationId, string certificateSerial)
    {
        var path = Path.Combine(directory, organizationId + ".json");
        using var signing = ECDsa.Create(ECCurve.NamedCurves.nistP256);
        using var encryption = ECDiffieHellman.Create(ECCurve.NamedCurves.nistP256);
        if (File.Exists(path))
        {
            var saved = JsonSerializer.Deserialize<KeyFile>(File.ReadAllText(path))!;
            signing.ImportPkcs8PrivateKey(Convert.FromBase64String(saved.SigningPkcs8), out _);
            encryption.ImportPkcs8PrivateKey(Convert.FromBase64String(saved.EncryptionPkcs8), out _);
        }
        else
        {
            Directory.CreateDirectory(directory);
            var file = new KeyFile(Convert.ToBase64String(signing.ExportPkcs8PrivateKey()), Convert.ToBase64String(encryption.ExportPkcs8PrivateKey()));
            using var stream = OwnerOnlyFile.Create(path, FileMode.CreateNew);
            JsonSerializer.Serialize(stream, file);
        }

        return
        [
            new() { Use = "signing", Algorithm = "ecdsa-p256", SubjectPublicKeyInfo = Convert.ToBase64String(signing.ExportSubjectPublicKeyInfo()), CertificateSerial = certificateSerial },
            new() { Use = "encryption", Algorithm = "ecdh-p256", SubjectPublicKeyInfo = Convert.ToBase64String(encryption.ExportSubjectPublicKeyInfo()), CertificateSerial = certificateSerial },
        ];
    }
}
