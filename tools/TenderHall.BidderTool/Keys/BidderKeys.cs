using System.Security.Cryptography;
using TenderHall.Crypto;
using TenderHall.Crypto.KeyWrap;
using TenderHall.Crypto.Signing;

namespace TenderHall.BidderTool.Keys;

/// <summary>The bidder's own keys as this tool needs them: the signing key, and the encryption key (or its public half).</summary>
public static class BidderKeys
{
    /// <summary>The signing key in <paramref name="path"/> (PKCS#8, or the demo JSON's <c>SigningPkcs8</c>).</summary>
    public static SignatureKey Signing(string path)
    {
        var (algorithm, privateKey) = PrivateKeyFile.Read(path, "SigningPkcs8");
        try
        {
            return SignatureKey.Import(algorithm, privateKey);
        }
        finally
        {
            CryptographicOperations.ZeroMemory(privateKey);
        }
    }

    /// <summary>
    /// The bidder's public encryption key for <paramref name="suite"/>: from a private key file (PKCS#8 or the demo JSON's
    /// <c>EncryptionPkcs8</c>), or from a file holding the raw public key in base64.
    /// </summary>
    public static EncryptionPublicKey EncryptionPublic(string path, CryptoSuite suite)
    {
        var text = File.ReadAllText(path).Trim();
        var raw = new byte[text.Length];
        if (Convert.TryFromBase64String(text, raw, out var written) && written == 65 && raw[0] == 0x04)
            return EncryptionPublicKey.FromRaw(suite, raw.AsSpan(0, written));

        using var pair = Encryption(path);
        if (pair.Suite != suite)
            throw new CryptographicFormatException($"The bidder encryption key is a {pair.Suite} key but the tender seals with {suite}.");
        return pair.PublicKey;
    }

    /// <summary>
    /// The bidder's own encryption key pair from a private key file (PKCS#8 or the demo JSON's <c>EncryptionPkcs8</c>): P-256
    /// for the International suite, SM2 for Gm. The caller disposes it, which zeroes the private scalar.
    /// </summary>
    public static EncryptionKeyPair Encryption(string path)
    {
        var (algorithm, privateKey) = PrivateKeyFile.Read(path, "EncryptionPkcs8");
        try
        {
            var suite = algorithm switch
            {
                SignatureAlgorithm.EcdsaP256Sha256 => CryptoSuite.International,
                SignatureAlgorithm.Sm2Sm3 => CryptoSuite.Gm,
                _ => throw new CryptographicFormatException("An encryption key is a P-256 or SM2 key, not Ed25519."),
            };
            return EncryptionKeyPair.FromPrivateKey(suite, privateKey);
        }
        finally
        {
            CryptographicOperations.ZeroMemory(privateKey);
        }
    }
}
