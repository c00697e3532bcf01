using System.Runtime.CompilerServices;
using System.Runtime.Intrinsics;
using System.Runtime.Intrinsics.X86;
using System.Security.Cryptography;

namespace TenderHall.Crypto.Sm4;

/// <summary>
/// SM4 encryption of 32 blocks per batch: four independent sets of eight, so the CPU overlaps their rounds (one set
/// alone waits on the latency of each round). Words are transposed so that each vector holds word j of eight blocks;
/// lane order is blocks 0, 2, 4, 6 | 1, 3, 5, 7, which the same transposition restores on the way out.
/// </summary>
internal static class Sm4Blocks
{
    /// <summary>Bytes per batch: 32 blocks of 16 bytes.</summary>
    public const int BatchLength = Sets * SetLength;

    private const int Sets = 4;
    private const int SetLength = 128;

    private static readonly Vector256<byte> SwapWordBytes = Vector256.Create(Vector128.Create((byte)3, 2, 1, 0, 7, 6, 5, 4, 11, 10, 9, 8, 15, 14, 13, 12));
    private static readonly Vector256<uint> LaneBlocks = Vector256.Create(0u, 2, 4, 6, 1, 3, 5, 7);

    /// <summary>Encrypts whole blocks (the SM4 block function, GB/T 32907 §7.1), any number of them.</summary>
    public static void Encrypt(ReadOnlySpan<uint> roundKeys, ReadOnlySpan<byte> input, Span<byte> output)
    {
        if (input.Length % 16 != 0 || output.Length < input.Length)
            throw new ArgumentException("SM4 encrypts whole 16-byte blocks into an output at least as long.", nameof(input));
        Span<byte> batch = stackalloc byte[BatchLength];
        var words = default(Sm4Words);
        for (var offset = 0; offset < input.Length; offset += BatchLength)
        {
            var length = Math.Min(BatchLength, input.Length - offset);
            batch.Clear();
            input.Slice(offset, length).CopyTo(batch);
            for (var set = 0; set < Sets; set++)
            {
                var blocks = batch.Slice(set * SetLength, SetLength);
                (words[4 * set], words[(4 * set) + 1], words[(4 * set) + 2], words[(4 * set) + 3]) = Transpose(
                    LoadWords(blocks), LoadWords(blocks[32..]), LoadWords(blocks[64..]), LoadWords(blocks[96..]));
            }

            Rounds(roundKeys, ref words);
            Store(ref words, [], batch);
            batch[..length].CopyTo(output[offset..]);
        }

        CryptographicOperations.ZeroMemory(batch);
        words = default;
    }

    /// <summary>
    /// XORs up to one batch of counter-mode keystream into <paramref name="input"/>: the counter blocks are
    /// nonce words || <paramref name="counter"/> + i (mod 2³², GCM's inc32). Exactly overlapping input and output are allowed.
    /// </summary>
    public static void Ctr(ReadOnlySpan<uint> roundKeys, Vector128<uint> nonceWords, uint counter, ReadOnlySpan<byte> input, Span<byte> output)
    {
        var words = default(Sm4Words);
        var counters = Vector256.Create(counter) + LaneBlocks;
        for (var set = 0; set < Sets; set++)
        {
            words[4 * set] = Vector256.Create(nonceWords.GetElement(0));
            words[(4 * set) + 1] = Vector256.Create(nonceWords.GetElement(1));
            words[(4 * set) + 2] = Vector256.Create(nonceWords.GetElement(2));
            words[(4 * set) + 3] = counters + Vector256.Create((uint)(8 * set));
        }

        Rounds(roundKeys, ref words);
        if (input.Length == BatchLength)
        {
            Store(ref words, input, output);
        }
        else
        {
            Span<byte> batch = stackalloc byte[BatchLength];
            batch.Clear();
            input.CopyTo(batch);
            Store(ref words, batch, batch);
            batch[..input.Length].CopyTo(output);
            CryptographicOperations.ZeroMemory(batch);
        }

        words = default;
    }

    /// <summary>
    /// The 32 rounds on all four sets. One round per iteration with the words renamed rather than rounds unrolled: the
    /// JIT keeps four inlined round functions in registers, where more inlined code overflows its tracked locals and spills.
    /// </summary>
    [MethodImpl(MethodImplOptions.NoInlining)]
    private static void Rounds(ReadOnlySpan<uint> roundKeys, ref Sm4Words w)
    {
        Vector256<uint> a0 = w[0], a1 = w[1], a2 = w[2], a3 = w[3], b0 = w[4], b1 = w[5], b2 = w[6], b3 = w[7];
        Vector256<uint> c0 = w[8], c1 = w[9], c2 = w[10], c3 = w[11], d0 = w[12], d1 = w[13], d2 = w[14], d3 = w[15];
        foreach (var roundKey in roundKeys[..32])
        {
            var k = Vector256.Create(roundKey);
            var a = a0 ^ Sm4Lanes.T(a1 ^ a2 ^ a3 ^ k);
            var b = b0 ^ Sm4Lanes.T(b1 ^ b2 ^ b3 ^ k);
            var c = c0 ^ Sm4Lanes.T(c1 ^ c2 ^ c3 ^ k);
            var d = d0 ^ Sm4Lanes.T(d1 ^ d2 ^ d3 ^ k);
            (a0, a1, a2, a3) = (a1, a2, a3, a);
            (b0, b1, b2, b3) = (b1, b2, b3, b);
            (c0, c1, c2, c3) = (c1, c2, c3, c);
            (d0, d1, d2, d3) = (d1, d2, d3, d);
        }

        (w[0], w[1], w[2], w[3], w[4], w[5], w[6], w[7]) = (a0, a1, a2, a3, b0, b1, b2, b3);
        (w[8], w[9], w[10], w[11], w[12], w[13], w[14], w[15]) = (c0, c1, c2, c3, d0, d1, d2, d3);
    }

    /// <summary>Reversal R (output words X₃₅, X₃₄, X₃₃, X₃₂), back to block order, XORed with <paramref name="xor"/> unless it is empty.</summary>
    private static void Store(ref Sm4Words words, ReadOnlySpan<byte> xor, Span<byte> output)
    {
        for (var set = 0; set < Sets; set++)
        {
            var (v0, v1, v2, v3) = Transpose(words[(4 * set) + 3], words[(4 * set) + 2], words[(4 * set) + 1], words[4 * set]);
            var offset = set * SetLength;
            StoreWords(v0, xor, output, offset);
            StoreWords(v1, xor, output, offset + 32);
            StoreWords(v2, xor, output, offset + 64);
            StoreWords(v3, xor, output, offset + 96);
        }
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static Vector256<uint> LoadWords(ReadOnlySpan<byte> blocks) => Avx2.Shuffle(Vector256.Create(blocks), SwapWordBytes).AsUInt32();

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static void StoreWords(Vector256<uint> words, ReadOnlySpan<byte> xor, Span<byte> output, int offset)
    {
        var bytes = Avx2.Shuffle(words.AsByte(), SwapWordBytes);
        if (!xor.IsEmpty)
            bytes ^= Vector256.Create(xor[offset..]);
        bytes.CopyTo(output[offset..]);
    }

    /// <summary>4×4 transposition of 32-bit words within each 128-bit half; its own inverse.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static (Vector256<uint>, Vector256<uint>, Vector256<uint>, Vector256<uint>) Transpose(Vector256<uint> v0, Vector256<uint> v1, Vector256<uint> v2, Vector256<uint> v3)
    {
        var t0 = Avx2.UnpackLow(v0, v1).AsUInt64();
        var t1 = Avx2.UnpackHigh(v0, v1).AsUInt64();
        var t2 = Avx2.UnpackLow(v2, v3).AsUInt64();
        var t3 = Avx2.UnpackHigh(v2, v3).AsUInt64();
        return (Avx2.UnpackLow(t0, t2).AsUInt32(), Avx2.UnpackHigh(t0, t2).AsUInt32(), Avx2.UnpackLow(t1, t3).AsUInt32(), Avx2.UnpackHigh(t1, t3).AsUInt32());
    }
}
