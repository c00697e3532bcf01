using System.Security.Cryptography;

namespace TenderHall.Crypto.Signing;

/// <summary>Raw-encoding conversions for NIST P-256 keys used by ECDSA and ECDH.</summary>
internal static class P256
{
    /// <summary>Checks the encoding only; the on-curve check happens when a key object is created from the parameters.</summary>
    public static ECParameters PublicParameters(ReadOnlySpan<byte> raw)
    {
        if (raw.Length != 65 || raw[0] != 0x04)
            throw new CryptographicFormatException("A P-256 public key is 65 bytes: 0x04 || X || Y.");
        return new ECParameters
        {
            Curve = ECCurve.NamedCurves.nistP256,
            Q = new ECPoint { X = raw[1..33].ToArray(), Y = raw[33..].ToArray() },
        };
    }

    /// <summary>Creates a key object, which rejects points that are not on the curve.</summary>
    public static T Import<T>(ECParameters parameters, Func<ECParameters, T> create)
    {
        try
        {
            return create(parameters);
        }
        catch (CryptographicException e)
        {
            throw new CryptographicFormatException("The P-256 key is not valid (point not on the curve or scalar out of range).", e);
        }
    }

    public static ECParameters PrivateParameters(ReadOnlySpan<byte> d)
    {
        if (d.Length != 32)
            throw new CryptographicFormatException("A P-256 private key is a 32-byte big-endian scalar.");
        var q = Org.BouncyCastle.Asn1.Nist.NistNamedCurves.GetByName("P-256");
        var scalar = new Org.BouncyCastle.Math.BigInteger(1, d.ToArray());
        if (scalar.SignValue == 0 || scalar.CompareTo(q.N) >= 0)
            throw new CryptographicFormatException("The P-256 private key is out of range [1, n-1].");
        var point = q.G.Multiply(scalar).Normalize();
        return new ECParameters
        {
            Curve = ECCurve.NamedCurves.nistP256,
            D = d.ToArray(),
            Q = new ECPoint
            {
                X = point.AffineXCoord.GetEncoded(),
                Y = point.AffineYCoord.GetEncoded(),
            },
        };
    }

    /// <summary>Private parameters from d and the already known public key, skipping the scalar multiplication.</summary>
    public static ECParameters PrivateParameters(ReadOnlySpan<byte> d, ReadOnlySpan<byte> rawPublicKey)
    {
        var parameters = PublicParameters(rawPublicKey);
        parameters.D = d.ToArray();
        return parameters;
    }

    public static byte[] Raw(ECParameters parameters)
    {
        var raw = new byte[65];
        raw[0] = 0x04;
        parameters.Q.X!.CopyTo(raw, 1);
        parameters.Q.Y!.CopyTo(raw, 33);
        return raw;
    }
}
