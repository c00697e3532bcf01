namespace TenderHall.Crypto.Envelopes;

/// <summary>A segment AEAD whose primitive takes the tag apart from the text and may encrypt and decrypt in place (.NET AesGcm, the SIMD SM4-GCM).</summary>
internal abstract class DetachedTagSegmentCipher : SegmentCipher
{
    public override bool DecryptsInPlace => true;

    public override bool EncryptsInPlace => true;

    public sealed override void Encrypt(ReadOnlySpan<byte> nonce, ReadOnlySpan<byte> plaintext, Span<byte> output, ReadOnlySpan<byte> associatedData) =>
        Seal(nonce, plaintext, output[..plaintext.Length], output.Slice(plaintext.Length, TagLength), associatedData);

    public sealed override bool TryDecrypt(ReadOnlySpan<byte> nonce, ReadOnlySpan<byte> input, Span<byte> plaintext, ReadOnlySpan<byte> associatedData)
    {
        var length = input.Length - TagLength;
        return Open(nonce, input[..length], input[length..], plaintext[..length], associatedData);
    }

    protected abstract void Seal(ReadOnlySpan<byte> nonce, ReadOnlySpan<byte> plaintext, Span<byte> ciphertext, Span<byte> tag, ReadOnlySpan<byte> associatedData);

    /// <summary>False when the tag does not authenticate the ciphertext and associated data.</summary>
    protected abstract bool Open(ReadOnlySpan<byte> nonce, ReadOnlySpan<byte> ciphertext, ReadOnlySpan<byte> tag, Span<byte> plaintext, ReadOnlySpan<byte> associatedData);
}
