using System.Buffers;
using System.Buffers.Binary;
using System.Security.Cryptography;

namespace TenderHall.Crypto.Envelopes;

/// <summary>
/// One segment being sealed: its frame (length word, ciphertext, tag) and, unless the cipher encrypts in place, its
/// plaintext, both pooled. In place, the plaintext is read into the frame and encrypted where it lies: half the memory,
/// and the frame is still in cache when it is hashed.
/// </summary>
internal sealed class SealSlot(int segmentSize, bool inPlace) : IDisposable
{
    private readonly byte[]? plain = inPlace ? null : ArrayPool<byte>.Shared.Rent(segmentSize);

    /// <summary>The sealed frame; its first <see cref="FrameLength"/> bytes once <see cref="Encrypt"/> has run.</summary>
    public byte[] Frame { get; } = ArrayPool<byte>.Shared.Rent(SealedEnvelope.FrameLength + segmentSize + SegmentCipher.TagLength);

    /// <summary>Plaintext bytes read (less than the segment size only at the end of the input).</summary>
    public int Length { get; private set; }

    /// <summary>Set once the frame is sealed (read by the thread that hashes).</summary>
    public volatile bool Encrypted;

    private TaskCompletionSource hashed = new(TaskCreationOptions.RunContinuationsAsynchronously);

    // In place: set before plaintext is read into the frame, cleared once ciphertext has replaced it.
    private bool plaintextInFrame;

    /// <summary>Completes once the frame is in the envelope's hash; faults if sealing failed.</summary>
    public Task Hashed => hashed.Task;

    /// <summary>Length of the sealed frame.</summary>
    public int FrameLength => SealedEnvelope.FrameLength + Length + SegmentCipher.TagLength;

    /// <summary>Reads up to one segment of <paramref name="plaintext"/>.</summary>
    public async Task ReadAsync(Stream plaintext, CancellationToken cancellationToken)
    {
        plaintextInFrame = plain is null;
        Length = await plaintext.ReadAtLeastAsync(Plain(segmentSize), segmentSize, false, cancellationToken);
    }

    /// <summary>Seals the plaintext as segment <paramref name="index"/> of the envelope into <see cref="Frame"/>.</summary>
    public void Encrypt(SegmentCipher cipher, EnvelopeHeader header, uint index, bool final)
    {
        BinaryPrimitives.WriteUInt32BigEndian(Frame, (uint)Length | (final ? SealedEnvelope.FinalFlag : 0));
        Span<byte> nonce = stackalloc byte[SegmentCipher.NonceLength];
        SegmentCipher.BuildNonce(header.NoncePrefix, index, final, nonce);
        cipher.Encrypt(nonce, Plain(Length).Span, Frame.AsSpan(SealedEnvelope.FrameLength), header.AssociatedData);
        plaintextInFrame = false;
    }

    /// <summary>Readies the slot for another segment.</summary>
    public void Prepare()
    {
        Encrypted = false;
        hashed = new(TaskCreationOptions.RunContinuationsAsynchronously);
    }

    /// <summary>The frame is in the hash.</summary>
    public void Done() => hashed.TrySetResult();

    /// <summary>Sealing failed.</summary>
    public void Fail(Exception error) => hashed.TrySetException(error);

    /// <summary>Wipes the plaintext (in place, only if the frame may still hold some) and returns the buffers to the pool.</summary>
    public void Dispose()
    {
        if (plain is null)
        {
            if (plaintextInFrame)
                CryptographicOperations.ZeroMemory(Frame.AsSpan(SealedEnvelope.FrameLength, segmentSize));
        }
        else
        {
            CryptographicOperations.ZeroMemory(plain.AsSpan(0, segmentSize));
            ArrayPool<byte>.Shared.Return(plain);
        }

        ArrayPool<byte>.Shared.Return(Frame);
    }

    private Memory<byte> Plain(int length) => plain is null ? Frame.AsMemory(SealedEnvelope.FrameLength, length) : plain.AsMemory(0, length);
}
