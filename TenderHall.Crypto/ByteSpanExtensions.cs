namespace TenderHall.Crypto;

/// <summary>Small byte-array helpers shared across features.</summary>
internal static class ByteSpanExtensions
{
    /// <summary>Left-pads a big-endian integer encoding to 32 bytes.</summary>
    public static byte[] PadLeft32(this ReadOnlySpan<byte> value)
    {
        if (value.Length > 32)
            throw new ArgumentException("Value longer than 32 bytes.", nameof(value));
        var output = new byte[32];
        value.CopyTo(output.AsSpan(32 - value.Length));
        return output;
    }

    /// <summary>Left-pads a big-endian integer encoding to 32 bytes.</summary>
    public static byte[] PadLeft32(this Span<byte> value) => PadLeft32((ReadOnlySpan<byte>)value);
}
