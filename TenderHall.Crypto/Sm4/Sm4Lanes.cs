using System.Buffers.Binary;
using System.Numerics;
using System.Runtime.CompilerServices;
using System.Runtime.Intrinsics;
using System.Runtime.Intrinsics.X86;

namespace TenderHall.Crypto.Sm4;

/// <summary>
/// SM4's round function (GB/T 32907 §6) on eight 32-bit words at once, one per lane, with no memory access and no branch
/// that depends on data. The S-box is AES's S-box between two affine maps (docs/crypto.md derives them): SM4's
/// S(x) = A·(A·x ⊕ 0xD3)⁻¹ ⊕ 0xD3 inverts in a field isomorphic to AES's, so an affine map into AES's field, the AES
/// S-box (AESENCLAST with a zero key, one per 128-bit half: .NET 10 has no VAES) and an affine map back give S. Each affine map is two 16-entry lookups by nibble
/// in registers (PSHUFB), never a table in memory indexed by secret bytes.
/// </summary>
internal static class Sm4Lanes
{
    // Affine map into AES's field: x ↦ φ(A·x ⊕ 0xD3), φ sending SM4's field generator to 0x23; low-nibble table carries the constant.
    private static readonly Vector256<byte> PreLow = Halves(0x3E, 0xB2, 0x0E, 0x82, 0xBB, 0x37, 0x8B, 0x07, 0xA1, 0x2D, 0x91, 0x1D, 0x24, 0xA8, 0x14, 0x98);
    private static readonly Vector256<byte> PreHigh = Halves(0x00, 0xDC, 0x2E, 0xF2, 0xC5, 0x19, 0xEB, 0x37, 0x08, 0xD4, 0x26, 0xFA, 0xCD, 0x11, 0xE3, 0x3F);

    // Affine map back: undoes AES's affine layer (and its 0x63), maps out of AES's field with φ⁻¹, then A·y ⊕ 0xD3.
    private static readonly Vector256<byte> PostLow = Halves(0x6C, 0xD4, 0xA6, 0x1E, 0x52, 0xEA, 0x98, 0x20, 0x0B, 0xB3, 0xC1, 0x79, 0x35, 0x8D, 0xFF, 0x47);
    private static readonly Vector256<byte> PostHigh = Halves(0x00, 0xE0, 0x50, 0xB0, 0x9D, 0x7D, 0xCD, 0x2D, 0xC0, 0x20, 0x90, 0x70, 0x5D, 0xBD, 0x0D, 0xED);

    // AESENCLAST also applies ShiftRows; these shuffles undo it and, in the same instruction, rotate each word left by 0, 8, 16 or 24 bits.
    private static readonly Vector256<byte> Unshift = Halves(0, 13, 10, 7, 4, 1, 14, 11, 8, 5, 2, 15, 12, 9, 6, 3);
    private static readonly Vector256<byte> UnshiftRotate8 = Halves(7, 0, 13, 10, 11, 4, 1, 14, 15, 8, 5, 2, 3, 12, 9, 6);
    private static readonly Vector256<byte> UnshiftRotate16 = Halves(10, 7, 0, 13, 14, 11, 4, 1, 2, 15, 8, 5, 6, 3, 12, 9);
    private static readonly Vector256<byte> UnshiftRotate24 = Halves(13, 10, 7, 0, 1, 14, 11, 4, 5, 2, 15, 8, 9, 6, 3, 12);

    private static ReadOnlySpan<uint> SystemParameters => [0xA3B1BAC6, 0x56AA3350, 0x677D9197, 0xB27022DC];

    /// <summary>T = L ∘ τ: L(B) = B ⊕ (B ⋘ 2) ⊕ (B ⋘ 10) ⊕ (B ⋘ 18) ⊕ (B ⋘ 24), computed as B ⊕ (B ⋘ 24) ⊕ ((B ⊕ (B ⋘ 8) ⊕ (B ⋘ 16)) ⋘ 2).</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Vector256<uint> T(Vector256<uint> x)
    {
        var shifted = SubBytesShifted(x.AsByte());
        var b = Avx2.Shuffle(shifted, Unshift).AsUInt32();
        var m = b ^ Avx2.Shuffle(shifted, UnshiftRotate8).AsUInt32() ^ Avx2.Shuffle(shifted, UnshiftRotate16).AsUInt32();
        return b ^ Avx2.Shuffle(shifted, UnshiftRotate24).AsUInt32() ^ (m << 2) ^ (m >>> 30);
    }

    /// <summary>The 32 round keys (GB/T 32907 §7.3), their S-box on the same constant-time lanes as the rounds.</summary>
    public static uint[] ExpandKey(ReadOnlySpan<byte> key)
    {
        var k0 = BinaryPrimitives.ReadUInt32BigEndian(key) ^ SystemParameters[0];
        var k1 = BinaryPrimitives.ReadUInt32BigEndian(key[4..]) ^ SystemParameters[1];
        var k2 = BinaryPrimitives.ReadUInt32BigEndian(key[8..]) ^ SystemParameters[2];
        var k3 = BinaryPrimitives.ReadUInt32BigEndian(key[12..]) ^ SystemParameters[3];
        var roundKeys = new uint[32];
        for (var i = 0; i < roundKeys.Length; i++)
        {
            var shifted = SubBytesShifted(Vector256.Create(k1 ^ k2 ^ k3 ^ FixedParameter(i)).AsByte());
            var b = Avx2.Shuffle(shifted, Unshift).AsUInt32().ToScalar();
            roundKeys[i] = k0 ^ b ^ BitOperations.RotateLeft(b, 13) ^ BitOperations.RotateLeft(b, 23);
            (k0, k1, k2, k3) = (k1, k2, k3, roundKeys[i]);
        }

        return roundKeys;
    }

    /// <summary>τ (the S-box on every byte) followed by ShiftRows within each 128-bit half, which the callers' shuffles undo.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static Vector256<byte> SubBytesShifted(Vector256<byte> x) =>
        Affine(EncryptLast(Affine(x, PreLow, PreHigh)), PostLow, PostHigh);

    /// <summary>AES's last round with a zero round key (ShiftRows of SubBytes) on each half.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static Vector256<byte> EncryptLast(Vector256<byte> state) =>
        Vector256.Create(Aes.EncryptLast(state.GetLower(), Vector128<byte>.Zero), Aes.EncryptLast(state.GetUpper(), Vector128<byte>.Zero));

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static Vector256<byte> Affine(Vector256<byte> x, Vector256<byte> low, Vector256<byte> high)
    {
        var nibble = Vector256.Create((byte)0x0F);
        return Avx2.Shuffle(low, x & nibble) ^ Avx2.Shuffle(high, (x.AsUInt32() >>> 4).AsByte() & nibble);
    }

    /// <summary>CK_i: bytes (4i + j)·7 mod 256, j = 0..3, big-endian.</summary>
    private static uint FixedParameter(int i)
    {
        var b = (uint)(4 * i * 7);
        return ((b & 0xFF) << 24) | (((b + 7) & 0xFF) << 16) | (((b + 14) & 0xFF) << 8) | ((b + 21) & 0xFF);
    }

    private static Vector256<byte> Halves(params ReadOnlySpan<byte> half) => Vector256.Create(Vector128.Create(half));
}
