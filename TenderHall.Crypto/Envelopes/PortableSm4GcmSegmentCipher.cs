using Org.BouncyCastle.Crypto;
using Org.BouncyCastle.Crypto.Engines;
using Org.BouncyCastle.Crypto.Modes;
using Org.BouncyCastle.Crypto.Parameters;

namespace TenderHall.Crypto.Envelopes;

/// <summary>SM4-GCM segments (RFC 8998 AEAD_SM4_GCM) through BouncyCastle, for CPUs without AVX2, AES-NI and PCLMULQDQ; one cipher object reused for every segment.</summary>
/// <remarks>BouncyCastle keeps its own SM4 round keys and offers no way to wipe them, so there is nothing to dispose.</remarks>
internal sealed class PortableSm4GcmSegmentCipher(byte[] key) : SegmentCipher
{
    private readonly GcmBlockCipher gcm = new(new SM4Engine());
    private readonly KeyParameter keyParameter = new(key);

    public override void Encrypt(ReadOnlySpan<byte> nonce, ReadOnlySpan<byte> plaintext, Span<byte> output, ReadOnlySpan<byte> associatedData)
    {
        gcm.Init(true, new AeadParameters(keyParameter, TagLength * 8, nonce.ToArray(), associatedData.ToArray()));
        var written = gcm.ProcessBytes(plaintext, output);
        gcm.DoFinal(output[written..]);
    }

    public override bool TryDecrypt(ReadOnlySpan<byte> nonce, ReadOnlySpan<byte> input, Span<byte> plaintext, ReadOnlySpan<byte> associatedData)
    {
        gcm.Init(false, new AeadParameters(keyParameter, TagLength * 8, nonce.ToArray(), associatedData.ToArray()));
        try
        {
            var written = gcm.ProcessBytes(input, plaintext);
            gcm.DoFinal(plaintext[written..]);
            return true;
        }
        catch (InvalidCipherTextException)
        {
            return false;
        }
    }
}
