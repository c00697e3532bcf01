using System.Security.Cryptography;
using TenderHall.Crypto.Signing;

namespace TenderHall.Crypto.KeyWrap;

/// <summary>A recipient's public encryption key: SM2 (GM) or P-256 ECDH (International), raw 0x04||X||Y.</summary>
public sealed class EncryptionPublicKey
{
    private EncryptionPublicKey(CryptoSuite suite, byte[] raw)
    {
        Suite = suite;
        Raw = raw;
        KeyId = Crypto.KeyId.Compute(raw);
    }

    /// <summary>The suite this key belongs to.</summary>
    public CryptoSuite Suite { get; }

    /// <summary>Uncompressed point 0x04||X||Y, 65 bytes (WebCrypto "raw" export for P-256).</summary>
    public byte[] Raw { get; }

    /// <summary>First 8 bytes of SHA-256 of <see cref="Raw"/>.</summary>
    public byte[] KeyId { get; }

    /// <summary>Imports and validates a raw public key for <paramref name="suite"/>.</summary>
    public static EncryptionPublicKey FromRaw(CryptoSuite suite, ReadOnlySpan<byte> raw)
    {
        switch (suite)
        {
            case CryptoSuite.Gm:
                Sm2Curve.DecodePoint(raw);
                break;
            case CryptoSuite.International:
                P256.Import(P256.PublicParameters(raw), ECDiffieHellman.Create).Dispose();
                break;
            default:
                throw new ArgumentOutOfRangeException(nameof(suite), suite, "Unknown crypto suite.");
        }

        return new EncryptionPublicKey(suite, raw.ToArray());
    }
}
