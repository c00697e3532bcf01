using Org.BouncyCastle.Crypto.Engines;
using Org.BouncyCastle.Crypto.Modes;
using Org.BouncyCastle.Crypto.Parameters;

namespace TenderHall.Benchmarks.Envelopes;

/// <summary>Raw BouncyCastle SM4-GCM, the GM baseline: one cipher object reused across segments, as a careful caller would.</summary>
internal sealed class BouncyCastleSm4Gcm(byte[] key)
{
    private readonly GcmBlockCipher gcm = new(new SM4Engine());
    private readonly KeyParameter keyParameter = new(key);

    /// <summary>Writes ciphertext then tag into <paramref name="output"/>.</summary>
    public void Seal(byte[] nonce, ReadOnlySpan<byte> plaintext, Span<byte> output, byte[] aad)
    {
        gcm.Init(true, new AeadParameters(keyParameter, 128, nonce, aad));
        var written = gcm.ProcessBytes(plaintext, output);
        gcm.DoFinal(output[written..]);
    }

    /// <summary>Decrypts ciphertext-then-tag <paramref name="input"/>; throws when the tag fails.</summary>
    public void Open(byte[] nonce, ReadOnlySpan<byte> input, Span<byte> plaintext, byte[] aad)
    {
        gcm.Init(false, new AeadParameters(keyParameter, 128, nonce, aad));
        var written = gcm.ProcessBytes(input, plaintext);
        gcm.DoFinal(plaintext[written..]);
    }
}
