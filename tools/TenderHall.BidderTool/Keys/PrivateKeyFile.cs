using System.Formats.Asn1;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using TenderHall.Crypto;
using TenderHall.Crypto.Signing;

namespace TenderHall.BidderTool.Keys;

/// <summary>
/// Reads a bidder's private key: an unencrypted PKCS#8 file (PEM, DER or base64) for P-256, SM2 or Ed25519, or the demo
/// key JSON (<c>{"SigningPkcs8","EncryptionPkcs8"}</c>, base64 PKCS#8), from which one member is taken.
/// </summary>
public static class PrivateKeyFile
{
    private const string EcPublicKey = "1.2.840.10045.2.1";
    private const string P256Curve = "1.2.840.10045.3.1.7";
    private const string Sm2Curve = "1.2.156.10197.1.301";
    private const string Ed25519 = "1.3.101.112";

    /// <summary>The key's algorithm and its 32-byte private scalar (or Ed25519 seed); the caller zeroes the scalar.</summary>
    public static (SignatureAlgorithm Algorithm, byte[] PrivateKey) Read(string path, string demoMember)
    {
        var bytes = File.ReadAllBytes(path);
        return ParsePkcs8(Pkcs8Bytes(bytes, demoMember, path));
    }

    /// <summary>The PKCS#8 DER inside a PEM, base64, demo JSON or DER file.</summary>
    private static byte[] Pkcs8Bytes(byte[] file, string demoMember, string path)
    {
        var text = Encoding.UTF8.GetString(file).Trim();
        if (text.StartsWith('{'))
        {
            using var demo = JsonDocument.Parse(text);
            return demo.RootElement.TryGetProperty(demoMember, out var member)
                ? Convert.FromBase64String(member.GetString() ?? "")
                : throw new CryptographicFormatException($"{path} has no \"{demoMember}\" member.");
        }

        if (text.StartsWith("-----BEGIN ENCRYPTED", StringComparison.Ordinal))
            throw new CryptographicFormatException($"{path} is an encrypted private key; export it unencrypted (PKCS#8) for this tool.");
        if (text.StartsWith("-----BEGIN", StringComparison.Ordinal))
            return Convert.FromBase64String(text[PemEncoding.Find(text).Base64Data]);
        var base64 = new byte[file.Length];
        return Convert.TryFromBase64String(text, base64, out var written) ? base64[..written] : file;
    }

    private static (SignatureAlgorithm, byte[]) ParsePkcs8(byte[] der)
    {
        try
        {
            var info = new AsnReader(der, AsnEncodingRules.DER).ReadSequence();
            info.ReadInteger();
            var algorithm = info.ReadSequence();
            var oid = algorithm.ReadObjectIdentifier();
            var privateKey = info.ReadOctetString();
            if (oid == Ed25519)
                return (SignatureAlgorithm.Ed25519, new AsnReader(privateKey, AsnEncodingRules.DER).ReadOctetString());
            if (oid != EcPublicKey)
                throw new CryptographicFormatException($"The private key's algorithm {oid} is not EC or Ed25519.");
            var curve = algorithm.ReadObjectIdentifier();
            var ecPrivateKey = new AsnReader(privateKey, AsnEncodingRules.DER).ReadSequence();
            ecPrivateKey.ReadInteger();
            var scalar = ecPrivateKey.ReadOctetString();
            return curve switch
            {
                P256Curve => (SignatureAlgorithm.EcdsaP256Sha256, scalar),
                Sm2Curve => (SignatureAlgorithm.Sm2Sm3, scalar),
                _ => throw new CryptographicFormatException($"The private key is on curve {curve}; this tool reads P-256 and SM2 keys."),
            };
        }
        catch (AsnContentException e)
        {
            throw new CryptographicFormatException("The key file is not an unencrypted PKCS#8 private key.", e);
        }
    }
}
