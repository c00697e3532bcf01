using System.Security.Cryptography;

namespace TenderHall.Crypto.Envelopes;

/// <summary>AES-256-GCM segments through .NET <see cref="AesGcm"/> (hardware AES, much faster than a managed AES).</summary>
internal sealed class AesGcmSegmentCipher(byte[] key) : SegmentCipher
{
    private readonly AesGcm aes = new(key, TagLength);

    // .NET AesGcm documents that plaintext and ciphertext may overlap exactly.
    public override bool DecryptsInPlace => true;

    public override void Encrypt(ReadOnlySpan<byte> nonce, ReadOnlySpan<byte> plaintext, Span<byte> output, ReadOnlySpan<byte> associatedData) =>
        aes.Encrypt(nonce, plaintext, output[..plaintext.Length], output.Slice(plaintext.Length, TagLength), associatedData);

    public override bool TryDecrypt(ReadOnlySpan<byte> nonce, ReadOnlySpan<byte> input, Span<byte> plaintext, ReadOnlySpan<byte> associatedData)
    {
        var length = input.Length - TagLength;
        try
        {
            aes.Decrypt(nonce, input[..length], input[length..], plaintext[..length], associatedData);
            return true;
        }
        catch (AuthenticationTagMismatchException)
        {
            return false;
        }
    }

    public override void Dispose()
    {
        aes.Dispose();
        base.Dispose();
    }
}
