using System.Buffers.Binary;
using System.Runtime.InteropServices;
using System.Runtime.Intrinsics;
using System.Security.Cryptography;

namespace TenderHall.Crypto.Sm4;

/// <summary>
/// SM4-GCM (RFC 8998 AEAD_SM4_GCM: NIST SP 800-38D with SM4) with 12-byte nonces and 16-byte tags on the SIMD paths:
/// counter mode and GHASH run over the same 512-byte batch while it is in cache. Safe for concurrent use (keys are read-only).
/// </summary>
internal sealed class Sm4Gcm : IDisposable
{
    public const int KeyLength = 16;
    public const int NonceLength = 12;
    public const int TagLength = 16;

    private readonly uint[] roundKeys;
    private readonly Ghash ghash;

    /// <summary>Expands <paramref name="key"/> for <paramref name="path"/>, which must be a SIMD path this CPU supports.</summary>
    public Sm4Gcm(ReadOnlySpan<byte> key, Sm4Path path)
    {
        if (key.Length != KeyLength)
            throw new ArgumentException("SM4 keys are 16 bytes.", nameof(key));
        if (path == Sm4Path.Portable || !Sm4Cpu.IsSupported(path))
            throw new PlatformNotSupportedException($"The SM4 path {path} is not a SIMD path this CPU supports.");
        roundKeys = Sm4Lanes.ExpandKey(key);
        Span<byte> hashKey = stackalloc byte[16];
        hashKey.Clear();
        EncryptBlocks(hashKey, hashKey);
        ghash = new Ghash(hashKey, wide: path == Sm4Path.AesNiVpclmul);
        CryptographicOperations.ZeroMemory(hashKey);
    }

    /// <summary>The SM4 block function on whole blocks (ECB), for known-answer tests of the rounds alone.</summary>
    public void EncryptBlocks(ReadOnlySpan<byte> input, Span<byte> output) => Sm4Blocks.Encrypt(roundKeys, input, output);

    /// <summary>Encrypts <paramref name="plaintext"/> into <paramref name="ciphertext"/> (same length; exact overlap allowed) and writes the tag.</summary>
    public void Encrypt(ReadOnlySpan<byte> nonce, ReadOnlySpan<byte> plaintext, Span<byte> ciphertext, Span<byte> tag, ReadOnlySpan<byte> associatedData)
    {
        CheckLengths(nonce, plaintext.Length, ciphertext.Length, tag.Length);
        Run(nonce, plaintext, ciphertext, associatedData, sealing: true, tag);
    }

    /// <summary>Decrypts and authenticates; on a wrong tag the plaintext buffer is wiped and the answer is false.</summary>
    public bool TryDecrypt(ReadOnlySpan<byte> nonce, ReadOnlySpan<byte> ciphertext, ReadOnlySpan<byte> tag, Span<byte> plaintext, ReadOnlySpan<byte> associatedData)
    {
        CheckLengths(nonce, ciphertext.Length, plaintext.Length, tag.Length);
        Span<byte> expected = stackalloc byte[TagLength];
        Run(nonce, ciphertext, plaintext, associatedData, sealing: false, expected);
        if (CryptographicOperations.FixedTimeEquals(expected, tag))
            return true;
        CryptographicOperations.ZeroMemory(plaintext[..ciphertext.Length]);
        return false;
    }

    /// <summary>Wipes the round keys and the hash-key powers.</summary>
    public void Dispose()
    {
        CryptographicOperations.ZeroMemory(MemoryMarshal.AsBytes(roundKeys.AsSpan()));
        ghash.Dispose();
    }

    /// <summary>Counter mode and GHASH over the ciphertext, one batch at a time while it is in cache; writes the tag.</summary>
    private void Run(ReadOnlySpan<byte> nonce, ReadOnlySpan<byte> input, Span<byte> output, ReadOnlySpan<byte> associatedData, bool sealing, Span<byte> tag)
    {
        var nonceWords = NonceWords(nonce);
        var y = ghash.Update(Vector128<ulong>.Zero, associatedData);
        for (var offset = 0; offset < input.Length; offset += Sm4Blocks.BatchLength)
        {
            var length = Math.Min(Sm4Blocks.BatchLength, input.Length - offset);
            var from = input.Slice(offset, length);
            var to = output.Slice(offset, length);

            // Opening hashes the batch before decrypting it: in place, the ciphertext is gone afterwards.
            if (!sealing)
                y = ghash.Update(y, from);
            Sm4Blocks.Ctr(roundKeys, nonceWords, FirstCounter(offset), from, to);
            if (sealing)
                y = ghash.Update(y, to);
        }

        // Tag = GHASH ⊕ E_K(J₀) with J₀ = nonce ‖ 1: counter mode at counter 1 over S gives exactly that.
        Span<byte> s = stackalloc byte[TagLength];
        ghash.Finish(y, associatedData.Length, input.Length, s);
        Sm4Blocks.Ctr(roundKeys, nonceWords, 1, s, tag);
    }

    // The first block of text uses counter 2 (counter 1 is J₀, kept for the tag).
    private static uint FirstCounter(int offset) => 2 + (uint)(offset / 16);

    private static Vector128<uint> NonceWords(ReadOnlySpan<byte> nonce) => Vector128.Create(
        BinaryPrimitives.ReadUInt32BigEndian(nonce),
        BinaryPrimitives.ReadUInt32BigEndian(nonce[4..]),
        BinaryPrimitives.ReadUInt32BigEndian(nonce[8..]),
        0u);

    private static void CheckLengths(ReadOnlySpan<byte> nonce, int inputLength, int outputLength, int tagLength)
    {
        if (nonce.Length != NonceLength)
            throw new ArgumentException("SM4-GCM here takes 12-byte nonces.", nameof(nonce));
        if (outputLength < inputLength)
            throw new ArgumentException("The output is shorter than the input.", nameof(outputLength));
        if (tagLength != TagLength)
            throw new ArgumentException("SM4-GCM here uses 16-byte tags.", nameof(tagLength));
    }
}
