namespace TenderHall.Crypto.Custody;

/// <summary>Arithmetic in GF(2^8) modulo the AES polynomial x^8+x^4+x^3+x+1 (0x11B), without secret-indexed tables.</summary>
internal static class Gf256
{
    public static byte Add(byte a, byte b) => (byte)(a ^ b);

    // Shift-and-add with masks: no branches or table lookups depend on the (secret) operands.
    public static byte Multiply(byte a, byte b)
    {
        int x = a, y = b, product = 0;
        for (var i = 0; i < 8; i++)
        {
            product ^= x & -(y & 1);
            y >>= 1;
            x = (x << 1) ^ (0x11B & -((x >> 7) & 1));
        }

        return (byte)product;
    }

    // a^254 = a^-1 for a != 0 (and 0 maps to 0), by a fixed square-and-multiply chain.
    public static byte Inverse(byte a)
    {
        var a2 = Multiply(a, a);
        var a3 = Multiply(a2, a);
        var a6 = Multiply(a3, a3);
        var a12 = Multiply(a6, a6);
        var a15 = Multiply(a12, a3);
        var a30 = Multiply(a15, a15);
        var a60 = Multiply(a30, a30);
        var a120 = Multiply(a60, a60);
        var a127 = Multiply(Multiply(a120, a6), a);
        return Multiply(a127, a127);
    }

    public static byte Divide(byte a, byte b)
    {
        if (b == 0)
            throw new DivideByZeroException("Division by zero in GF(256).");
        return Multiply(a, Inverse(b));
    }
}
