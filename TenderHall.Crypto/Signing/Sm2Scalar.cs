using Org.BouncyCastle.Math;
using Org.BouncyCastle.Security;

namespace TenderHall.Crypto.Signing;

/// <summary>Private scalars for sm2p256v1: random generation and validated import.</summary>
internal static class Sm2Scalar
{
    // GB/T 32918.1 requires d in [1, n-2] so that 1 + d is invertible.
    public static BigInteger Random()
    {
        var n = Sm2Curve.Domain.N;
        var random = new SecureRandom();
        BigInteger d;
        do
        {
            d = new BigInteger(256, random);
        }
        while (d.SignValue == 0 || d.CompareTo(n.Subtract(BigInteger.One)) >= 0);
        return d;
    }

    public static BigInteger Parse(ReadOnlySpan<byte> raw)
    {
        if (raw.Length != 32)
            throw new CryptographicFormatException("An SM2 private key is a 32-byte big-endian scalar.");
        var d = new BigInteger(1, raw.ToArray());
        if (d.SignValue == 0 || d.CompareTo(Sm2Curve.Domain.N.Subtract(BigInteger.One)) >= 0)
            throw new CryptographicFormatException("The SM2 private key is out of range [1, n-2].");
        return d;
    }
}
