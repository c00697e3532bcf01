using TenderHall.Crypto.Sm4;

namespace TenderHall.Crypto.Envelopes;

/// <summary>A suite's AEAD for envelope segments, holding one content key; 12-byte nonces, 16-byte tags.</summary>
internal abstract class SegmentCipher : IDisposable
{
    public const int NonceLength = 12;
    public const int TagLength = 16;

    /// <summary>True when <see cref="TryDecrypt"/> may write the plaintext over the ciphertext it reads.</summary>
    public virtual bool DecryptsInPlace => false;

    /// <summary>True when <see cref="Encrypt"/> may write the ciphertext over the plaintext it reads.</summary>
    public virtual bool EncryptsInPlace => false;

    /// <summary>
    /// How many segments the envelope should seal or open at once (one per core where the cipher is slow enough to gain);
    /// above one, the cipher must be safe to call from several threads at once.
    /// </summary>
    public virtual int ConcurrentSegments => 1;

    public static SegmentCipher Create(CryptoSuite suite, byte[] key) => Create(suite, key, Sm4Cpu.Best);

    /// <summary>As <see cref="Create(CryptoSuite, byte[])"/>, with the SM4 path forced (tests compare every path).</summary>
    public static SegmentCipher Create(CryptoSuite suite, byte[] key, Sm4Path sm4Path) => suite switch
    {
        CryptoSuite.Gm when sm4Path == Sm4Path.Portable => new PortableSm4GcmSegmentCipher(key),
        CryptoSuite.Gm => new Sm4GcmSegmentCipher(key, sm4Path),
        CryptoSuite.International => new AesGcmSegmentCipher(key),
        _ => throw new ArgumentOutOfRangeException(nameof(suite), suite, "Unknown crypto suite."),
    };

    /// <summary>Encrypts <paramref name="plaintext"/> into <paramref name="output"/> (ciphertext followed by tag).</summary>
    public abstract void Encrypt(ReadOnlySpan<byte> nonce, ReadOnlySpan<byte> plaintext, Span<byte> output, ReadOnlySpan<byte> associatedData);

    /// <summary>Decrypts <paramref name="input"/> (ciphertext followed by tag) into <paramref name="plaintext"/>; false when authentication fails.</summary>
    public abstract bool TryDecrypt(ReadOnlySpan<byte> nonce, ReadOnlySpan<byte> input, Span<byte> plaintext, ReadOnlySpan<byte> associatedData);

    public virtual void Dispose()
    {
    }

    /// <summary>nonce = prefix(7) || segment index (u32 big-endian) || final flag (0x00 or 0x01).</summary>
    public static void BuildNonce(ReadOnlySpan<byte> prefix, uint index, bool final, Span<byte> nonce)
    {
        prefix.CopyTo(nonce);
        System.Buffers.Binary.BinaryPrimitives.WriteUInt32BigEndian(nonce[EnvelopeHeader.NoncePrefixLength..], index);
        nonce[NonceLength - 1] = final ? (byte)1 : (byte)0;
    }
}
