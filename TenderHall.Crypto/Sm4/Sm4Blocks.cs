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
    /// The 32 rounds on all four sets, in place: round i replaces word i mod 4 of each set by X_{i+4} = X_i ⊕
    /// T(X_{i+1} ⊕ X_{i+2} ⊕ X_{i+3} ⊕ rk_i), so after 32 rounds word j holds X_{32+j}. Four rounds per iteration keep
    /// every word in its slot: the JIT holds the S-box and shuffle constants in registers and reads and writes the state
    /// in place, where renaming the words each round made it copy and spill all sixteen (27 % slower).
    /// </summary>
    [MethodImpl(MethodImplOptions.NoInlining)]
    private static void Rounds(ReadOnlySpan<uint> roundKeys, ref Sm4Words w)
    {
        roundKeys = roundKeys[..32];
        for (var i = 0; i < 32; i += 4)
        {
            Round(ref w, 0, 1, 2, 3, roundKeys[i]);
            Round(ref w, 1, 2, 3, 0, roundKeys[i + 1]);
            Round(ref w, 2, 3, 0, 1, roundKeys[i + 2]);
            Round(ref w, 3, 0, 1, 2, roundKeys[i + 3]);
        }
    }

    /// <summary>One round on every set: word <paramref name="j0"/> takes X_{i+4} from words <paramref name="j1"/>, <paramref name="j2"/>, <paramref name="j3"/> (X_{i+1..i+3}).</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static void Round(ref Sm4Words w, int j0, int j1, int j2, int j3, uint roundKey)
    {
        var k = Vector256.Create(roundKey);
        w[j0] ^= Sm4Lanes.T(w[j1] ^ w[j2] ^ w[j3] ^ k);
        w[4 + j0] ^= Sm4Lanes.T(w[4 + j1] ^ w[4 + j2] ^ w[4 + j3] ^ k);
        w[8 + j0] ^= Sm4Lanes.T(w[8 + j1] ^ w[8 + j2] ^ w[8 + j3] ^ k);
        w[12 + j0] ^= Sm4Lanes.T(w[12 + j1] ^ w[12 + j2] ^ w[12 + j3] ^ k);
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
