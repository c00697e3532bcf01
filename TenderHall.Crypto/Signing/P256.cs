using System.Security.Cryptography;

namespace TenderHall.Crypto.Signing;

/// <summary>Raw-encoding conversions for NIST P-256 keys used by ECDSA and ECDH.</summary>
internal static class P256
{
    public static ECParameters PublicParameters(ReadOnlySpan<byte> raw)
    {
        if (raw.Length != 65 || raw[0] != 0x04)
            throw new CryptographicFormatException("A P-256 public key is 65 bytes: 0x04 || X || Y.");
        var parameters = new ECParameters
        {
            Curve = ECCurve.NamedCurves.nistP256,
            Q = new ECPoint { X = raw[1..33].ToArray(), Y = raw[33..].ToArray() },
        };
        try
        {
            parameters.Validate();
            // Import performs the on-curve check; a throwaway key rejects invalid points here.
            using var probe = ECDiffieHellman.Create(parameters);
        }
        catch (CryptographicException e)
        {
            throw new CryptographicFormatException("The P-256 public key is not a point of the curve.", e);
        }

        return parameters;
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

    public static byte[] Raw(ECParameters parameters)
    {
        var raw = new byte[65];
        raw[0] = 0x04;
        parameters.Q.X!.CopyTo(raw, 1);
        parameters.Q.Y!.CopyTo(raw, 33);
        return raw;
    }
}
