using System.Security.Cryptography;

namespace TenderHall.Crypto.Custody;

/// <summary>One Shamir share: the x coordinate (1..255) and one y byte per secret byte.</summary>
public sealed class SecretShare
{
    /// <summary>Creates a share; <paramref name="y"/> is copied.</summary>
    public SecretShare(byte x, ReadOnlySpan<byte> y)
    {
        if (x == 0)
            throw new CryptographicFormatException("A share's x coordinate is never 0 (that is the secret).");
        X = x;
        Y = y.ToArray();
    }

    /// <summary>The evaluation point, 1..255.</summary>
    public byte X { get; }

    /// <summary>Polynomial values at <see cref="X"/>, one per secret byte.</summary>
    public byte[] Y { get; }

    /// <summary>Encoding x(1) || y(len), the plaintext that is wrapped to a custodian.</summary>
    public byte[] Encode()
    {
        var output = new byte[1 + Y.Length];
        output[0] = X;
        Y.CopyTo(output, 1);
        return output;
    }

    /// <summary>Decodes x(1) || y(len).</summary>
    public static SecretShare Decode(ReadOnlySpan<byte> encoded)
    {
        if (encoded.Length < 2)
            throw new CryptographicFormatException("An encoded share is x (1 byte) followed by at least one y byte.");
        return new SecretShare(encoded[0], encoded[1..]);
    }

    /// <summary>Zeroes the y bytes once the share is no longer needed.</summary>
    public void Clear() => CryptographicOperations.ZeroMemory(Y);
}
