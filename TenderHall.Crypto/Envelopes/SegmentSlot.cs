using System.Buffers;
using System.Security.Cryptography;

namespace TenderHall.Crypto.Envelopes;

/// <summary>Pooled buffers for the segment being opened: frame word, sealed bytes, plaintext (the same array when decrypting in place).</summary>
internal sealed class SegmentSlot : IDisposable
{
    private readonly int sealedLength;
    private readonly int plainLength;

    public SegmentSlot(int segmentSize, bool inPlace)
    {
        // Pooled: a fresh 1 MiB array per envelope costs more in page faults than small envelopes cost to decrypt.
        sealedLength = segmentSize + SegmentCipher.TagLength;
        plainLength = segmentSize;
        Sealed = ArrayPool<byte>.Shared.Rent(sealedLength);
        Plain = inPlace ? Sealed : ArrayPool<byte>.Shared.Rent(plainLength);
    }

    public byte[] FrameWord { get; } = new byte[SealedEnvelope.FrameLength];

    public byte[] Sealed { get; }

    public byte[] Plain { get; }

    /// <summary>Wipes plaintext left in the buffers and returns them to the pool.</summary>
    public void Dispose()
    {
        CryptographicOperations.ZeroMemory(Sealed.AsSpan(0, sealedLength));
        ArrayPool<byte>.Shared.Return(Sealed);
        if (!ReferenceEquals(Plain, Sealed))
        {
            CryptographicOperations.ZeroMemory(Plain.AsSpan(0, plainLength));
            ArrayPool<byte>.Shared.Return(Plain);
        }
    }
}
