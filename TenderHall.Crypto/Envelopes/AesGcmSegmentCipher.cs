using System.Security.Cryptography;

namespace TenderHall.Crypto.Envelopes;

/// <summary>AES-256-GCM segments through .NET <see cref="AesGcm"/> (hardware AES, much faster than a managed AES).</summary>
/// <remarks>.NET AesGcm documents that plaintext and ciphertext may overlap exactly, so it decrypts in place.</remarks>
internal sealed class AesGcmSegmentCipher(byte[] key) : DetachedTagSegmentCipher
{
    private readonly AesGcm aes = new(key, TagLength);

    public override void Dispose()
    {
        aes.Dispose();
        base.Dispose();
    }

    protected override void Seal(ReadOnlySpan<byte> nonce, ReadOnlySpan<byte> plaintext, Span<byte> ciphertext, Span<byte> tag, ReadOnlySpan<byte> associatedData) =>
        aes.Encrypt(nonce, plaintext, ciphertext, tag, associatedData);

    protected override bool Open(ReadOnlySpan<byte> nonce, ReadOnlySpan<byte> ciphertext, ReadOnlySpan<byte> tag, Span<byte> plaintext, ReadOnlySpan<byte> associatedData)
    {
        try
        {
            aes.Decrypt(nonce, ciphertext, tag, plaintext, associatedData);
            return true;
        }
        catch (AuthenticationTagMismatchException)
        {
            return false;
        }
    }
}
