using System.Buffers.Binary;

namespace TenderHall.Crypto.Vrf;

/// <summary>Integers modulo the group order L = 2^252 + 27742317777372353535851937790883648493, in constant time.</summary>
internal static class Scalar25519
{
    private static readonly ulong[] Order = ToLimbs(Convert.FromHexString("edd3f55c1a631258d69cf7a2def9de1400000000000000000000000000000010"));

    /// <summary>Little-endian bytes (any length up to 64) reduced mod L, as 32 little-endian bytes.</summary>
    public static byte[] Reduce(ReadOnlySpan<byte> littleEndian)
    {
        // Bit-serial reduction: r = 2r + bit, then subtract L when r >= L; the same work for every input value.
        var r = new ulong[4];
        var difference = new ulong[4];
        for (var i = littleEndian.Length * 8 - 1; i >= 0; i--)
        {
            var bit = (ulong)((littleEndian[i >> 3] >> (i & 7)) & 1);
            for (var j = 3; j > 0; j--)
                r[j] = (r[j] << 1) | (r[j - 1] >> 63);
            r[0] = (r[0] << 1) | bit;
            ulong borrow = 0;
            for (var j = 0; j < 4; j++)
            {
                var value = r[j] - Order[j] - borrow;
                borrow = ((~r[j] & Order[j]) | (~(r[j] ^ Order[j]) & value)) >> 63;
                difference[j] = value;
            }

            // borrow == 0 means r >= L: keep the difference.
            var keep = borrow - 1;
            for (var j = 0; j < 4; j++)
                r[j] = (difference[j] & keep) | (r[j] & ~keep);
        }

        var output = new byte[32];
        for (var j = 0; j < 4; j++)
            BinaryPrimitives.WriteUInt64LittleEndian(output.AsSpan(j * 8), r[j]);
        return output;
    }

    /// <summary>(a + b * c) mod L for little-endian a (32 bytes), b (up to 32 bytes) and c (32 bytes).</summary>
    public static byte[] MultiplyAdd(ReadOnlySpan<byte> a, ReadOnlySpan<byte> b, ReadOnlySpan<byte> c)
    {
        var product = new uint[17];
        var bWords = ToWords(b, 8);
        var cWords = ToWords(c, 8);
        for (var i = 0; i < 8; i++)
        {
            ulong carry = 0;
            for (var j = 0; j < 8; j++)
            {
                var sum = (ulong)bWords[i] * cWords[j] + product[i + j] + carry;
                product[i + j] = (uint)sum;
                carry = sum >> 32;
            }

            product[i + 8] = (uint)carry;
        }

        var aWords = ToWords(a, 8);
        ulong addCarry = 0;
        for (var i = 0; i < 17; i++)
        {
            var sum = (ulong)product[i] + (i < 8 ? aWords[i] : 0u) + addCarry;
            product[i] = (uint)sum;
            addCarry = sum >> 32;
        }

        var bytes = new byte[68];
        for (var i = 0; i < 17; i++)
            BinaryPrimitives.WriteUInt32LittleEndian(bytes.AsSpan(i * 4), product[i]);
        return Reduce(bytes);
    }

    /// <summary>True when the 32-byte little-endian value is below L (public values only).</summary>
    public static bool IsCanonical(ReadOnlySpan<byte> littleEndian)
    {
        for (var i = 31; i >= 0; i--)
        {
            var limb = (byte)(Order[i >> 3] >> ((i & 7) * 8));
            if (littleEndian[i] != limb)
                return littleEndian[i] < limb;
        }

        return false;
    }

    private static uint[] ToWords(ReadOnlySpan<byte> littleEndian, int count)
    {
        var padded = new byte[count * 4];
        littleEndian.CopyTo(padded);
        var words = new uint[count];
        for (var i = 0; i < count; i++)
            words[i] = BinaryPrimitives.ReadUInt32LittleEndian(padded.AsSpan(i * 4));
        return words;
    }

    private static ulong[] ToLimbs(byte[] littleEndian)
    {
        var limbs = new ulong[4];
        for (var i = 0; i < 4; i++)
            limbs[i] = BinaryPrimitives.ReadUInt64LittleEndian(littleEndian.AsSpan(i * 8));
        return limbs;
    }
}
