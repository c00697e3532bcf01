using System.Buffers.Binary;
using System.Runtime.CompilerServices;
using System.Runtime.Intrinsics;
using System.Runtime.Intrinsics.X86;

namespace TenderHall.Crypto.Sm4;

/// <summary>
/// GHASH (NIST SP 800-38D §6.4) with carry-less multiplication, after Gueron and Kounavis ("Intel Carry-Less Multiplication
/// Instruction and its Usage for Computing the GCM Mode", 2014): blocks are byte-reversed so PCLMULQDQ's bit order serves,
/// the 256-bit product is shifted left one bit and reduced modulo x¹²⁸ + x⁷ + x² + x + 1 by shifts. Sixteen blocks share one
/// reduction: Y ← (Y ⊕ X₁)·H¹⁶ ⊕ X₂·H¹⁵ ⊕ … ⊕ X₁₆·H, so the running value's chain (multiply, reduce) is paid once per
/// 256 bytes (eight blocks per reduction took a quarter longer). Multiplication and shifts take the same time whatever the data.
/// Wide (VPCLMULQDQ on 256 bits), each multiply takes two blocks, one per 128-bit lane, and the lanes are added before the reduction.
/// The running value Y belongs to the caller, so one instance serves concurrent messages.
/// </summary>
internal sealed class Ghash : IDisposable
{
    private const int Aggregated = 16;
    private static readonly Vector128<byte> ReverseBytes = Vector128.Create((byte)15, 14, 13, 12, 11, 10, 9, 8, 7, 6, 5, 4, 3, 2, 1, 0);
    private static readonly Vector256<byte> ReverseLanes = Vector256.Create(ReverseBytes, ReverseBytes);

    // powers[i] = H^(i+1), byte-reversed.
    private readonly Vector128<ulong>[] powers = new Vector128<ulong>[Aggregated];

    // Wide only: pairs[i] = (H^(16-2i), H^(15-2i)), the powers for blocks 2i and 2i + 1 of sixteen; empty otherwise.
    private readonly Vector256<ulong>[] pairs;

    /// <summary>Prepares GHASH under the hash key <paramref name="hashKey"/> (H = E_K(0¹²⁸)); <paramref name="wide"/> needs <c>Pclmulqdq.V256</c>.</summary>
    public Ghash(ReadOnlySpan<byte> hashKey, bool wide)
    {
        powers[0] = Load(hashKey);
        for (var i = 1; i < Aggregated; i++)
            powers[i] = Multiply(powers[i - 1], powers[0]);
        pairs = wide
            ? [.. Enumerable.Range(0, Aggregated / 2).Select(i => Vector256.Create(powers[Aggregated - 1 - (2 * i)], powers[Aggregated - 2 - (2 * i)]))]
            : [];
    }

    /// <summary>Absorbs <paramref name="data"/> into <paramref name="y"/> (zero to start); a final partial block is padded with zeros, so only the last piece of the AAD or the ciphertext may be partial.</summary>
    public Vector128<ulong> Update(Vector128<ulong> y, ReadOnlySpan<byte> data)
    {
        ReadOnlySpan<Vector256<ulong>> keys = pairs;
        while (keys.Length == Aggregated / 2 && data.Length >= Aggregated * 16)
        {
            var lo = Vector256<ulong>.Zero;
            var mid = Vector256<ulong>.Zero;
            var hi = Vector256<ulong>.Zero;
            Accumulate(Vector256.Create(y, Vector128<ulong>.Zero) ^ Load(data, ReverseLanes), keys[0], ref lo, ref mid, ref hi);
            for (var i = 1; i < Aggregated / 2; i++)
                Accumulate(Load(data.Slice(32 * i, 32), ReverseLanes), keys[i], ref lo, ref mid, ref hi);
            y = Reduce(lo.GetLower() ^ lo.GetUpper(), mid.GetLower() ^ mid.GetUpper(), hi.GetLower() ^ hi.GetUpper());
            data = data[(Aggregated * 16)..];
        }

        while (data.Length >= Aggregated * 16)
        {
            var lo = Vector128<ulong>.Zero;
            var mid = Vector128<ulong>.Zero;
            var hi = Vector128<ulong>.Zero;
            Accumulate(y ^ Load(data), powers[Aggregated - 1], ref lo, ref mid, ref hi);
            for (var i = 1; i < Aggregated; i++)
                Accumulate(Load(data[(16 * i)..]), powers[Aggregated - 1 - i], ref lo, ref mid, ref hi);
            y = Reduce(lo, mid, hi);
            data = data[(Aggregated * 16)..];
        }

        for (; data.Length >= 16; data = data[16..])
            y = Multiply(y ^ Load(data), powers[0]);
        if (!data.IsEmpty)
        {
            Span<byte> last = stackalloc byte[16];
            last.Clear();
            data.CopyTo(last);
            y = Multiply(y ^ Load(last), powers[0]);
        }

        return y;
    }

    /// <summary>Absorbs the length block (bit lengths of the AAD and the ciphertext) and writes S, the GHASH value.</summary>
    public void Finish(Vector128<ulong> y, long associatedLength, long textLength, Span<byte> output)
    {
        Span<byte> lengths = stackalloc byte[16];
        BinaryPrimitives.WriteUInt64BigEndian(lengths, (ulong)associatedLength * 8);
        BinaryPrimitives.WriteUInt64BigEndian(lengths[8..], (ulong)textLength * 8);
        Ssse3.Shuffle(Update(y, lengths).AsByte(), ReverseBytes).CopyTo(output);
    }

    /// <summary>Wipes the hash-key powers.</summary>
    public void Dispose()
    {
        Array.Clear(powers);
        Array.Clear(pairs);
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static Vector128<ulong> Load(ReadOnlySpan<byte> block) => Ssse3.Shuffle(Vector128.Create(block), ReverseBytes).AsUInt64();

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static Vector256<ulong> Load(ReadOnlySpan<byte> blocks, Vector256<byte> reverse) => Avx2.Shuffle(Vector256.Create(blocks), reverse).AsUInt64();

    private static Vector128<ulong> Multiply(Vector128<ulong> a, Vector128<ulong> b)
    {
        var lo = Vector128<ulong>.Zero;
        var mid = Vector128<ulong>.Zero;
        var hi = Vector128<ulong>.Zero;
        Accumulate(a, b, ref lo, ref mid, ref hi);
        return Reduce(lo, mid, hi);
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static void Accumulate(Vector128<ulong> a, Vector128<ulong> b, ref Vector128<ulong> lo, ref Vector128<ulong> mid, ref Vector128<ulong> hi)
    {
        lo ^= Pclmulqdq.CarrylessMultiply(a, b, 0x00);
        hi ^= Pclmulqdq.CarrylessMultiply(a, b, 0x11);
        mid ^= Pclmulqdq.CarrylessMultiply(a, b, 0x01) ^ Pclmulqdq.CarrylessMultiply(a, b, 0x10);
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static void Accumulate(Vector256<ulong> a, Vector256<ulong> b, ref Vector256<ulong> lo, ref Vector256<ulong> mid, ref Vector256<ulong> hi)
    {
        lo ^= Pclmulqdq.V256.CarrylessMultiply(a, b, 0x00);
        hi ^= Pclmulqdq.V256.CarrylessMultiply(a, b, 0x11);
        mid ^= Pclmulqdq.V256.CarrylessMultiply(a, b, 0x01) ^ Pclmulqdq.V256.CarrylessMultiply(a, b, 0x10);
    }

    /// <summary>Folds the middle product in, shifts the 256-bit product left by one (bit reflection) and reduces it.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static Vector128<ulong> Reduce(Vector128<ulong> lo, Vector128<ulong> mid, Vector128<ulong> hi)
    {
        var low = (lo ^ Sse2.ShiftLeftLogical128BitLane(mid, 8)).AsUInt32();
        var high = (hi ^ Sse2.ShiftRightLogical128BitLane(mid, 8)).AsUInt32();

        var carryLow = low >>> 31;
        var carryHigh = high >>> 31;
        low <<= 1;
        high <<= 1;
        high |= Sse2.ShiftLeftLogical128BitLane(carryHigh, 4) | Sse2.ShiftRightLogical128BitLane(carryLow, 12);
        low |= Sse2.ShiftLeftLogical128BitLane(carryLow, 4);

        var fold = (low << 31) ^ (low << 30) ^ (low << 25);
        low ^= Sse2.ShiftLeftLogical128BitLane(fold, 12);
        var rest = (low >>> 1) ^ (low >>> 2) ^ (low >>> 7) ^ Sse2.ShiftRightLogical128BitLane(fold, 4);
        return (high ^ low ^ rest).AsUInt64();
    }
}
