using System.Text;
using Org.BouncyCastle.Asn1.GM;
using Org.BouncyCastle.Crypto.Digests;
using Org.BouncyCastle.Crypto.Parameters;
using Org.BouncyCastle.Math;
using Org.BouncyCastle.Math.EC;

namespace TenderHall.Crypto.Signing;

/// <summary>The sm2p256v1 domain (GB/T 32918.5) and the SM2 user-ID digest ZA.</summary>
internal static class Sm2Curve
{
    /// <summary>Default user ID when none is agreed (GM/T 0009).</summary>
    public const string DefaultUserId = "1234567812345678";

    public static readonly ECNamedDomainParameters Domain = new(
        GMObjectIdentifiers.sm2p256v1, GMNamedCurves.GetByOid(GMObjectIdentifiers.sm2p256v1));

    public static ECPoint DecodePoint(ReadOnlySpan<byte> raw)
    {
        if (raw.Length != 65 || raw[0] != 0x04)
            throw new CryptographicFormatException("An SM2 public key is 65 bytes: 0x04 || X || Y.");
        ECPoint point;
        try
        {
            point = Domain.Curve.DecodePoint(raw.ToArray());
        }
        catch (ArgumentException e)
        {
            throw new CryptographicFormatException("The SM2 public key is not a point of sm2p256v1.", e);
        }

        if (!point.IsValid() || point.IsInfinity)
            throw new CryptographicFormatException("The SM2 public key is not a point of sm2p256v1.");
        return point;
    }

    public static byte[] EncodePoint(ECPoint point) => point.Normalize().GetEncoded(false);

    public static ECPoint PublicPoint(BigInteger d) => Domain.G.Multiply(d).Normalize();

    /// <summary>ZA = SM3(ENTL || ID || a || b || xG || yG || xA || yA).</summary>
    public static byte[] ComputeZa(string userId, ReadOnlySpan<byte> rawPublicKey)
    {
        var id = Encoding.UTF8.GetBytes(userId);
        var digest = new SM3Digest();
        var bits = id.Length * 8;
        digest.Update((byte)(bits >> 8));
        digest.Update((byte)bits);
        digest.BlockUpdate(id, 0, id.Length);
        Add(digest, Domain.Curve.A.GetEncoded());
        Add(digest, Domain.Curve.B.GetEncoded());
        Add(digest, Domain.G.AffineXCoord.GetEncoded());
        Add(digest, Domain.G.AffineYCoord.GetEncoded());
        digest.BlockUpdate(rawPublicKey[1..]);
        var za = new byte[32];
        digest.DoFinal(za, 0);
        return za;
    }

    private static void Add(SM3Digest digest, byte[] value) => digest.BlockUpdate(value, 0, value.Length);
}
