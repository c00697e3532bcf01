using System.Security.Cryptography;

namespace TenderHall.Crypto.Custody;

/// <summary>Shamir secret sharing over GF(256), polynomial 0x11B, byte-wise, shares at x = 1..n.</summary>
public static class Shamir
{
    /// <summary>Splits <paramref name="secret"/> into <paramref name="count"/> shares, any <paramref name="threshold"/> of which rebuild it.</summary>
    public static IReadOnlyList<SecretShare> Split(ReadOnlySpan<byte> secret, int threshold, int count)
    {
        ValidateParameters(secret.Length, threshold, count);
        var coefficients = new byte[threshold][];
        coefficients[0] = secret.ToArray();
        for (var degree = 1; degree < threshold; degree++)
            coefficients[degree] = RandomNumberGenerator.GetBytes(secret.Length);
        try
        {
            return Evaluate(coefficients, count);
        }
        finally
        {
            foreach (var c in coefficients)
                CryptographicOperations.ZeroMemory(c);
        }
    }

    /// <summary>Rebuilds the secret from shares with distinct x; with fewer than the threshold the result is unrelated to the secret.</summary>
    public static byte[] Combine(IReadOnlyList<SecretShare> shares)
    {
        if (shares.Count == 0)
            throw new ArgumentException("At least one share is needed.", nameof(shares));
        var length = shares[0].Y.Length;
        for (var i = 0; i < shares.Count; i++)
        {
            if (shares[i].Y.Length != length)
                throw new CryptographicFormatException("Shares have different lengths; they do not belong to one secret.");
            for (var j = 0; j < i; j++)
            {
                if (shares[j].X == shares[i].X)
                    throw new CryptographicFormatException($"Share x = {shares[i].X} is given twice.");
            }
        }

        var secret = new byte[length];
        for (var i = 0; i < shares.Count; i++)
        {
            var weight = LagrangeAtZero(shares, i);
            for (var b = 0; b < length; b++)
                secret[b] ^= Gf256.Multiply(weight, shares[i].Y[b]);
        }

        return secret;
    }

    /// <summary>Evaluates given coefficients (index = degree, each as long as the secret) at x = 1..count; exposed for known-answer tests.</summary>
    internal static IReadOnlyList<SecretShare> Evaluate(byte[][] coefficients, int count)
    {
        var length = coefficients[0].Length;
        var shares = new SecretShare[count];
        var y = new byte[length];
        for (var x = 1; x <= count; x++)
        {
            for (var b = 0; b < length; b++)
            {
                // Horner's rule from the highest degree down.
                byte acc = 0;
                for (var degree = coefficients.Length - 1; degree >= 0; degree--)
                    acc = (byte)(Gf256.Multiply(acc, (byte)x) ^ coefficients[degree][b]);
                y[b] = acc;
            }

            shares[x - 1] = new SecretShare((byte)x, y);
        }

        CryptographicOperations.ZeroMemory(y);
        return shares;
    }

    // l_i(0) = prod_{j != i} x_j / (x_j - x_i); subtraction is XOR in GF(2^8).
    private static byte LagrangeAtZero(IReadOnlyList<SecretShare> shares, int i)
    {
        byte numerator = 1, denominator = 1;
        for (var j = 0; j < shares.Count; j++)
        {
            if (j == i)
                continue;
            numerator = Gf256.Multiply(numerator, shares[j].X);
            denominator = Gf256.Multiply(denominator, (byte)(shares[j].X ^ shares[i].X));
        }

        return Gf256.Divide(numerator, denominator);
    }

    private static void ValidateParameters(int length, int threshold, int count)
    {
        if (length == 0)
            throw new ArgumentException("The secret is empty.", nameof(length));
        if (threshold < 1 || threshold > count)
            throw new ArgumentOutOfRangeException(nameof(threshold), threshold, "The threshold must be between 1 and the share count.");
        if (count > 255)
            throw new ArgumentOutOfRangeException(nameof(count), count, "GF(256) allows at most 255 shares.");
    }
}
