using F = Org.BouncyCastle.Math.EC.Rfc7748.X25519Field;
using FE = TenderHall.Crypto.Vrf.FieldElement;

namespace TenderHall.Crypto.Vrf;

/// <summary>A point of edwards25519 (-x^2 + y^2 = 1 + d x^2 y^2) in extended coordinates (X:Y:Z:T), x = X/Z, y = Y/Z, xy = T/Z.</summary>
internal sealed class EdwardsPoint
{
    public static readonly EdwardsPoint Base = FromAffine(
        FE.FromHex("1ad5258f602d56c9b2a7259560c72c695cdcd6fd31e2a4c0fe536ecdd3366921"),
        FE.FromHex("5866666666666666666666666666666666666666666666666666666666666666"));

    private readonly int[] x, y, z, t;

    private EdwardsPoint(int[] x, int[] y, int[] z, int[] t)
    {
        this.x = x;
        this.y = y;
        this.z = z;
        this.t = t;
    }

    public static EdwardsPoint Identity => new(F.Create(), FE.One(), FE.One(), F.Create());

    private static EdwardsPoint FromAffine(int[] x, int[] y) => new(x, y, FE.One(), FE.Mul(x, y));

    /// <summary>RFC 8032 §5.1.3 decoding; null when the string is not a canonical encoding of a curve point.</summary>
    public static EdwardsPoint? Decode(ReadOnlySpan<byte> encoded)
    {
        if (encoded.Length != 32)
            return null;
        var bytes = encoded.ToArray();
        var sign = bytes[31] >> 7;
        bytes[31] &= 0x7F;
        if (IsAtLeastP(bytes))
            return null;
        var y = FE.FromBytes(bytes);
        var y2 = FE.Square(y);
        var u = FE.Sub(y2, FE.One());
        var v = FE.Add(FE.Mul(FE.D, y2), FE.One());
        var x = F.Create();
        if (!F.SqrtRatioVar(u, v, x))
            return null;
        F.Normalize(x);
        var xBytes = FE.Encode(x);
        var isZero = xBytes.All(b => b == 0);
        if (isZero && sign == 1)
            return null;
        if ((xBytes[0] & 1) != sign)
            x = FE.Negate(x);
        return FromAffine(x, y);
    }

    /// <summary>RFC 8032 §5.1.2 encoding: y little-endian with the sign of x in the top bit.</summary>
    public byte[] Encode()
    {
        var zInverse = F.Create();
        F.Inv(z, zInverse);
        var output = FE.Encode(FE.Mul(y, zInverse));
        var xBytes = FE.Encode(FE.Mul(x, zInverse));
        output[31] |= (byte)((xBytes[0] & 1) << 7);
        return output;
    }

    /// <summary>Unified addition (RFC 8032 §5.1.4, a = -1); complete, so it also doubles and handles the identity.</summary>
    public EdwardsPoint Add(EdwardsPoint q)
    {
        var a = FE.Mul(FE.Sub(y, x), FE.Sub(q.y, q.x));
        var b = FE.Mul(FE.Add(y, x), FE.Add(q.y, q.x));
        var c = FE.Mul(FE.Mul(t, FE.D2), q.t);
        var d = FE.Mul(FE.Add(z, z), q.z);
        var e = FE.Sub(b, a);
        var f = FE.Sub(d, c);
        var g = FE.Add(d, c);
        var h = FE.Add(b, a);
        return new EdwardsPoint(FE.Mul(e, f), FE.Mul(g, h), FE.Mul(f, g), FE.Mul(e, h));
    }

    /// <summary>Doubling (RFC 8032 §5.1.4).</summary>
    public EdwardsPoint Double()
    {
        var a = FE.Square(x);
        var b = FE.Square(y);
        var c = FE.Add(FE.Square(z), FE.Square(z));
        var h = FE.Add(a, b);
        var e = FE.Sub(h, FE.Square(FE.Add(x, y)));
        var g = FE.Sub(a, b);
        var f = FE.Add(c, g);
        return new EdwardsPoint(FE.Mul(e, f), FE.Mul(g, h), FE.Mul(f, g), FE.Mul(e, h));
    }

    public EdwardsPoint Negate() => new(FE.Negate(x), y, z, FE.Negate(t));

    /// <summary>Multiplication by 8, the cofactor.</summary>
    public EdwardsPoint MultiplyByCofactor() => Double().Double().Double();

    /// <summary>
    /// scalar * this for a 32-byte little-endian scalar. Constant time in the scalar: every bit costs one doubling and one
    /// addition, and the result is selected with a mask, never a branch or a secret-dependent index.
    /// </summary>
    public EdwardsPoint Multiply(ReadOnlySpan<byte> scalar)
    {
        var accumulator = Identity;
        for (var i = 255; i >= 0; i--)
        {
            accumulator = accumulator.Double();
            var sum = accumulator.Add(this);
            var mask = -((scalar[i >> 3] >> (i & 7)) & 1);
            FE.ConditionalMove(mask, sum.x, accumulator.x);
            FE.ConditionalMove(mask, sum.y, accumulator.y);
            FE.ConditionalMove(mask, sum.z, accumulator.z);
            FE.ConditionalMove(mask, sum.t, accumulator.t);
        }

        return accumulator;
    }

    /// <summary>True for the neutral element (0, 1); variable time, for public points only.</summary>
    public bool IsIdentity() => FE.Encode(x).All(b => b == 0) && FE.Encode(y).AsSpan().SequenceEqual(FE.Encode(z));

    // p = 2^255 - 19: a 255-bit value is >= p exactly when it is 2^255-19 .. 2^255-1.
    private static bool IsAtLeastP(byte[] y)
    {
        if (y[31] != 0x7F || y[0] < 0xED)
            return false;
        for (var i = 1; i < 31; i++)
        {
            if (y[i] != 0xFF)
                return false;
        }

        return true;
    }
}
