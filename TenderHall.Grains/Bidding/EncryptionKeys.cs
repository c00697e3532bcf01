using System.Security.Cryptography;
using Org.BouncyCastle.Crypto.Parameters;
using Org.BouncyCastle.Security;
using TenderHall.Crypto;
using TenderHall.Crypto.KeyWrap;

namespace TenderHall.Grains.Bidding;

/// <summary>Turns a registered encryption key (DER SubjectPublicKeyInfo) into the raw key the crypto library wraps to.</summary>
public static class EncryptionKeys
{
    /// <summary>The directory algorithm name of encryption keys of <paramref name="suite"/>.</summary>
    public static string AlgorithmOf(CryptoSuite suite) => suite == CryptoSuite.Gm ? "sm2" : "ecdh-p256";

    /// <summary>The raw public key of <paramref name="subjectPublicKeyInfo"/> for <paramref name="suite"/>.</summary>
    public static EncryptionPublicKey FromSubjectPublicKeyInfo(CryptoSuite suite, byte[] subjectPublicKeyInfo)
    {
        if (suite == CryptoSuite.Gm)
        {
            var key = (ECPublicKeyParameters)PublicKeyFactory.CreateKey(subjectPublicKeyInfo);
            return EncryptionPublicKey.FromRaw(suite, key.Q.GetEncoded(false));
        }

        using var ecdh = ECDiffieHellman.Create();
        ecdh.ImportSubjectPublicKeyInfo(subjectPublicKeyInfo, out _);
        var point = ecdh.ExportParameters(false).Q;
        return EncryptionPublicKey.FromRaw(suite, [0x04, .. point.X!, .. point.Y!]);
    }
}
