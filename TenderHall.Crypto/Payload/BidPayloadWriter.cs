using System.Buffers.Binary;
using System.Security.Cryptography;
using System.Text;

namespace TenderHall.Crypto.Payload;

/// <summary>Writes the payload container: magic, version, canonical bid form, attachments (name, length, content, SHA-256), end tag.</summary>
public sealed class BidPayloadWriter(Stream output)
{
    private bool formWritten;
    private bool completed;

    /// <summary>Writes the preamble and the bid form; call once, first.</summary>
    public async Task WriteFormAsync(BidForm form, CancellationToken cancellationToken = default)
    {
        if (formWritten)
            throw new InvalidOperationException("The bid form is already written.");
        var json = BidFormJson.Serialize(form);
        var preamble = new byte[BidPayloadFormat.Magic.Length + 1 + 4];
        BidPayloadFormat.Magic.CopyTo(preamble);
        preamble[4] = BidPayloadFormat.Version;
        BinaryPrimitives.WriteUInt32BigEndian(preamble.AsSpan(5), (uint)json.Length);
        await output.WriteAsync(preamble, cancellationToken);
        await output.WriteAsync(json, cancellationToken);
        formWritten = true;
    }

    /// <summary>Streams one attachment of exactly <paramref name="length"/> bytes and returns its entry.</summary>
    public async Task<BidAttachment> AddAttachmentAsync(string name, Stream content, long length, CancellationToken cancellationToken = default)
    {
        if (!formWritten || completed)
            throw new InvalidOperationException("Attachments follow the form and precede completion.");
        ArgumentOutOfRangeException.ThrowIfNegative(length);
        var nameBytes = Encoding.UTF8.GetBytes(name);
        var entry = new byte[1 + 2 + nameBytes.Length + 8];
        entry[0] = BidPayloadFormat.AttachmentTag;
        BinaryPrimitives.WriteUInt16BigEndian(entry.AsSpan(1), checked((ushort)nameBytes.Length));
        nameBytes.CopyTo(entry, 3);
        BinaryPrimitives.WriteInt64BigEndian(entry.AsSpan(3 + nameBytes.Length), length);
        await output.WriteAsync(entry, cancellationToken);

        using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        var buffer = new byte[BidPayloadFormat.CopyBufferLength];
        var remaining = length;
        while (remaining > 0)
        {
            var read = await content.ReadAsync(buffer.AsMemory(0, (int)Math.Min(buffer.Length, remaining)), cancellationToken);
            if (read == 0)
                throw new InvalidOperationException($"Attachment \"{name}\" ended {remaining} bytes before its declared length.");
            hash.AppendData(buffer, 0, read);
            await output.WriteAsync(buffer.AsMemory(0, read), cancellationToken);
            remaining -= read;
        }

        var digest = hash.GetHashAndReset();
        await output.WriteAsync(digest, cancellationToken);
        return new BidAttachment(name, length, digest);
    }

    /// <summary>Writes the end tag; the payload is complete.</summary>
    public async Task CompleteAsync(CancellationToken cancellationToken = default)
    {
        if (!formWritten || completed)
            throw new InvalidOperationException("Complete once, after the form.");
        await output.WriteAsync(new[] { BidPayloadFormat.EndTag }, cancellationToken);
        completed = true;
    }
}
