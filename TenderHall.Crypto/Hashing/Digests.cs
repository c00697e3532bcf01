using System.Security.Cryptography;
using Org.BouncyCastle.Crypto.Digests;

namespace TenderHall.Crypto.Hashing;

/// <summary>One-shot SM3 and SHA-256 helpers.</summary>
public static class Digests
{
    /// <summary>SM3 (GB/T 32905) of <paramref name="data"/>, 32 bytes.</summary>
    public static byte[] Sm3(ReadOnlySpan<byte> data)
    {
        var digest = new SM3Digest();
        digest.BlockUpdate(data);
        var output = new byte[digest.GetDigestSize()];
        digest.DoFinal(output, 0);
        return output;
    }

    /// <summary>SHA-256 of <paramref name="data"/>, 32 bytes.</summary>
    public static byte[] Sha256(ReadOnlySpan<byte> data) => SHA256.HashData(data);

    /// <summary>The suite's hash: SM3 for <see cref="CryptoSuite.Gm"/>, SHA-256 for <see cref="CryptoSuite.International"/>.</summary>
    public static byte[] Hash(CryptoSuite suite, ReadOnlySpan<byte> data) => suite switch
    {
        CryptoSuite.Gm => Sm3(data),
        CryptoSuite.International => Sha256(data),
        _ => throw new ArgumentOutOfRangeException(nameof(suite), suite, "Unknown crypto suite."),
    };
}
