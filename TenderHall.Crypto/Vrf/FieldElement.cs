using F = Org.BouncyCastle.Math.EC.Rfc7748.X25519Field;

namespace TenderHall.Crypto.Vrf;

/// <summary>GF(2^255-19) helpers over BouncyCastle's public 10-limb <c>X25519Field</c> representation.</summary>
internal static class FieldElement
{
    public static readonly int[] D = FromHex("a3785913ca4deb75abd841414d0a700098e879777940c78c73fe6f2bee6c0352");
    public static readonly int[] D2 = FromHex("59f1b226949bd6eb56b183829a14e00030d1f3eef2808e19e7fcdf56dcd90624");

    public static int[] FromHex(string littleEndianHex) => FromBytes(Convert.FromHexString(littleEndianHex));

    public static int[] FromBytes(byte[] littleEndian)
    {
        var z = F.Create();
        F.Decode255(littleEndian, z);
        return z;
    }

    public static int[] One()
    {
        var z = F.Create();
        F.One(z);
        return z;
    }

    public static int[] Add(int[] x, int[] y)
    {
        var z = F.Create();
        F.Add(x, y, z);
        F.Carry(z);
        return z;
    }

    public static int[] Sub(int[] x, int[] y)
    {
        var z = F.Create();
        F.Sub(x, y, z);
        F.Carry(z);
        return z;
    }

    public static int[] Mul(int[] x, int[] y)
    {
        var z = F.Create();
        F.Mul(x, y, z);
        return z;
    }

    public static int[] Square(int[] x)
    {
        var z = F.Create();
        F.Sqr(x, z);
        return z;
    }

    public static int[] Negate(int[] x)
    {
        var z = F.Create();
        F.Negate(x, z);
        F.Carry(z);
        return z;
    }

    public static byte[] Encode(int[] x)
    {
        var copy = (int[])x.Clone();
        F.Normalize(copy);
        var output = new byte[32];
        F.Encode(copy, output, 0);
        return output;
    }

    /// <summary>z = mask ? x : z, with mask 0 or -1, without branching on the mask.</summary>
    public static void ConditionalMove(int mask, int[] x, int[] z)
    {
        for (var i = 0; i < z.Length; i++)
            z[i] ^= (x[i] ^ z[i]) & mask;
    }
}
