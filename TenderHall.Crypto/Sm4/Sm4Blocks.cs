using System.Runtime.CompilerServices;
using System.Runtime.Intrinsics;
using System.Runtime.Intrinsics.X86;
using System.Security.Cryptography;

namespace TenderHall.Crypto.Sm4;

/// <summary>
/// SM4 encryption of sixteen blocks per batch: two independent sets of eight, so the CPU overlaps their rounds. Words are
/// transposed so that each vector holds word j of eight blocks; lane order is blocks 0, 2, 4, 6 | 1, 3, 5, 7, which the
/// same transposition restores on the way out.
/// </summary>
internal static class Sm4Blocks
{
    /// <summary>Bytes per batch: sixteen 16-byte blocks.</summary>
    public const int BatchLength = 256;

    private static readonly Vector256<byte> SwapWordBytes = Vector256.Create(Vector128.Create((byte)3, 2, 1, 0, 7, 6, 5, 4, 11, 10, 9, 8, 15, 14, 13, 12));
    private static readonly Vector256<uint> LaneBlocks = Vector256.Create(0u, 2, 4, 6, 1, 3, 5, 7);

    /// <summary>Encrypts whole blocks (the SM4 block function, GB/T 32907 §7.1), any number of them.</summary>
    public static void Encrypt(ReadOnlySpan<uint> roundKeys, ReadOnlySpan<byte> input, Span<byte> output)
    {
        if (input.Length % 16 != 0 || output.Length < input.Length)
            throw new ArgumentException("SM4 encrypts whole 16-byte blocks into an output at least as long.", nameof(input));
        Span<byte> batch = stackalloc byte[BatchLength];
        for (var offset = 0; offset < input.Length; offset += BatchLength)
        {
            var length = Math.Min(BatchLength, input.Length - offset);
            batch.Clear();
            input.Slice(offset, length).CopyTo(batch);
            var (a0, a1, a2, a3) = LoadWords(batch);
            var (b0, b1, b2, b3) = LoadWords(batch[128..]);
            EncryptWords(roundKeys, a0, a1, a2, a3, b0, b1, b2, b3, [], batch);
            batch[..length].CopyTo(output[offset..]);
        }

        CryptographicOperations.ZeroMemory(batch);
    }

    /// <summary>
    /// XORs up to one batch of counter-mode keystream into <paramref name="input"/>: the counter blocks are
    /// nonce words || <paramref name="counter"/> + i (mod 2³², GCM's inc32). Exactly overlapping input and output are allowed.
    /// </summary>
    public static void Ctr(ReadOnlySpan<uint> roundKeys, Vector128<uint> nonceWords, uint counter, ReadOnlySpan<byte> input, Span<byte> output)
    {
        var n0 = Vector256.Create(nonceWords.GetElement(0));
        var n1 = Vector256.Create(nonceWords.GetElement(1));
        var n2 = Vector256.Create(nonceWords.GetElement(2));
        var a3 = Vector256.Create(counter) + LaneBlocks;
        var b3 = a3 + Vector256.Create(8u);
        if (input.Length == BatchLength)
        {
            EncryptWords(roundKeys, n0, n1, n2, a3, n0, n1, n2, b3, input, output);
            return;
        }

        Span<byte> batch = stackalloc byte[BatchLength];
        batch.Clear();
        input.CopyTo(batch);
        EncryptWords(roundKeys, n0, n1, n2, a3, n0, n1, n2, b3, batch, batch);
        batch[..input.Length].CopyTo(output);
        CryptographicOperations.ZeroMemory(batch);
    }

    /// <summary>32 rounds over both sets, reversal R, then the blocks XORed with <paramref name="xor"/> (unless empty) into <paramref name="output"/>.</summary>
    private static void EncryptWords(
        ReadOnlySpan<uint> roundKeys,
        Vector256<uint> a0, Vector256<uint> a1, Vector256<uint> a2, Vector256<uint> a3,
        Vector256<uint> b0, Vector256<uint> b1, Vector256<uint> b2, Vector256<uint> b3,
        ReadOnlySpan<byte> xor, Span<byte> output)
    {
        roundKeys = roundKeys[..32];
        for (var i = 0; i < 32; i += 4)
        {
            var k = Vector256.Create(roundKeys[i]);
            a0 ^= Sm4Lanes.T(a1 ^ a2 ^ a3 ^ k);
            b0 ^= Sm4Lanes.T(b1 ^ b2 ^ b3 ^ k);
            k = Vector256.Create(roundKeys[i + 1]);
            a1 ^= Sm4Lanes.T(a2 ^ a3 ^ a0 ^ k);
            b1 ^= Sm4Lanes.T(b2 ^ b3 ^ b0 ^ k);
            k = Vector256.Create(roundKeys[i + 2]);
            a2 ^= Sm4Lanes.T(a3 ^ a0 ^ a1 ^ k);
            b2 ^= Sm4Lanes.T(b3 ^ b0 ^ b1 ^ k);
            k = Vector256.Create(roundKeys[i + 3]);
            a3 ^= Sm4Lanes.T(a0 ^ a1 ^ a2 ^ k);
            b3 ^= Sm4Lanes.T(b0 ^ b1 ^ b2 ^ k);
        }

        StoreWords(a3, a2, a1, a0, xor, output);
        StoreWords(b3, b2, b1, b0, xor.IsEmpty ? xor : xor[128..], output[128..]);
    }

    private static (Vector256<uint>, Vector256<uint>, Vector256<uint>, Vector256<uint>) LoadWords(ReadOnlySpan<byte> blocks) =>
        Transpose(
            Avx2.Shuffle(Vector256.Create(blocks), SwapWordBytes).AsUInt32(),
            Avx2.Shuffle(Vector256.Create(blocks[32..]), SwapWordBytes).AsUInt32(),
            Avx2.Shuffle(Vector256.Create(blocks[64..]), SwapWordBytes).AsUInt32(),
            Avx2.Shuffle(Vector256.Create(blocks[96..]), SwapWordBytes).AsUInt32());

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static void StoreWords(Vector256<uint> w0, Vector256<uint> w1, Vector256<uint> w2, Vector256<uint> w3, ReadOnlySpan<byte> xor, Span<byte> output)
    {
        var (v0, v1, v2, v3) = Transpose(w0, w1, w2, w3);
        Store(v0, xor, output, 0);
        Store(v1, xor, output, 32);
        Store(v2, xor, output, 64);
        Store(v3, xor, output, 96);
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static void Store(Vector256<uint> words, ReadOnlySpan<byte> xor, Span<byte> output, int offset)
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
