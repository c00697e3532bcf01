using TenderHall.Crypto.Sm4;

namespace TenderHall.Crypto.Envelopes;

/// <summary>SM4-GCM segments on the CPU's SIMD path (<see cref="Sm4Gcm"/>): byte-identical to BouncyCastle, constant-time, decrypting in place.</summary>
internal sealed class Sm4GcmSegmentCipher(byte[] key, Sm4Path path) : DetachedTagSegmentCipher
{
    private readonly Sm4Gcm gcm = new(key, path);

    // Sm4Gcm keeps no per-message state, so segments may run on every core.
    public override int ConcurrentSegments { get; } = Math.Clamp(Environment.ProcessorCount, 1, 4);

    public override void Dispose()
    {
        gcm.Dispose();
        base.Dispose();
    }

    protected override void Seal(ReadOnlySpan<byte> nonce, ReadOnlySpan<byte> plaintext, Span<byte> ciphertext, Span<byte> tag, ReadOnlySpan<byte> associatedData) =>
        gcm.Encrypt(nonce, plaintext, ciphertext, tag, associatedData);

    protected override bool Open(ReadOnlySpan<byte> nonce, ReadOnlySpan<byte> ciphertext, ReadOnlySpan<byte> tag, Span<byte> plaintext, ReadOnlySpan<byte> associatedData) =>
        gcm.TryDecrypt(nonce, ciphertext, tag, plaintext, associatedData);
}
