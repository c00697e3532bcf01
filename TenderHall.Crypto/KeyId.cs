using System.Security.Cryptography;

namespace TenderHall.Crypto;

/// <summary>Short public-key identifiers used in envelope headers, shares and receipts.</summary>
public static class KeyId
{
    /// <summary>Length of a key id in bytes.</summary>
    public const int Length = 8;

    /// <summary>First 8 bytes of SHA-256 over the raw public key (0x04||X||Y for EC keys, 32 bytes for Ed25519).</summary>
    public static byte[] Compute(ReadOnlySpan<byte> rawPublicKey)
    {
        Span<byte> hash = stackalloc byte[32];
        SHA256.HashData(rawPublicKey, hash);
        return hash[..Length].ToArray();
    }

    /// <summary>Lower-case hex form for logs and documents (key ids are public).</summary>
    public static string ToHex(ReadOnlySpan<byte> keyId) => Convert.ToHexStringLower(keyId);
}
