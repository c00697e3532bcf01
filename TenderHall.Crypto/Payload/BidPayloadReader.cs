using System.Buffers.Binary;
using System.Security.Cryptography;
using System.Text;

namespace TenderHall.Crypto.Payload;

/// <summary>Streams a payload container: the bid form first, then each attachment to a destination stream with its SHA-256 checked.</summary>
public sealed class BidPayloadReader
{
    private static readonly UTF8Encoding StrictUtf8 = new(false, true);
    private readonly Stream input;
    private bool ended;

    private BidPayloadReader(Stream input, BidForm form)
    {
        this.input = input;
        Form = form;
    }

    /// <summary>The bid form.</summary>
    public BidForm Form { get; }

    /// <summary>Reads the preamble and the bid form.</summary>
    public static async Task<BidPayloadReader> OpenAsync(Stream input, CancellationToken cancellationToken = default)
    {
        var preamble = await ReadExactAsync(input, 9, cancellationToken);
        if (!preamble.AsSpan(0, 4).SequenceEqual(BidPayloadFormat.Magic) || preamble[4] != BidPayloadFormat.Version)
            throw new CryptographicFormatException("The payload does not start with \"THBP\" version 1.");
        var formLength = BinaryPrimitives.ReadUInt32BigEndian(preamble.AsSpan(5));
        if (formLength > BidPayloadFormat.MaxFormLength)
            throw new CryptographicFormatException($"The bid form claims {formLength} bytes; at most {BidPayloadFormat.MaxFormLength} are allowed.");
        var form = BidFormJson.Deserialize(await ReadExactAsync(input, (int)formLength, cancellationToken));
        return new BidPayloadReader(input, form);
    }

    /// <summary>Copies the next attachment to <paramref name="destination"/> and returns its entry, or null after the last one.</summary>
    /// <remarks>Throws <see cref="CryptographicFormatException"/> when the content does not match its SHA-256; discard what was copied.</remarks>
    public async Task<BidAttachment?> ReadNextAttachmentAsync(Stream destination, CancellationToken cancellationToken = default)
    {
        if (ended)
            return null;
        var tag = (await ReadExactAsync(input, 1, cancellationToken))[0];
        if (tag == BidPayloadFormat.EndTag)
        {
            ended = true;
            if (await input.ReadAsync(new byte[1], cancellationToken) != 0)
                throw new CryptographicFormatException("Bytes follow the payload end tag.");
            return null;
        }

        if (tag != BidPayloadFormat.AttachmentTag)
            throw new CryptographicFormatException($"Unknown payload entry tag 0x{tag:x2}.");
        var nameLength = BinaryPrimitives.ReadUInt16BigEndian(await ReadExactAsync(input, 2, cancellationToken));
        string name;
        try
        {
            name = StrictUtf8.GetString(await ReadExactAsync(input, nameLength, cancellationToken));
        }
        catch (DecoderFallbackException e)
        {
            throw new CryptographicFormatException("An attachment name is not valid UTF-8.", e);
        }

        var length = BinaryPrimitives.ReadInt64BigEndian(await ReadExactAsync(input, 8, cancellationToken));
        if (length < 0)
            throw new CryptographicFormatException($"Attachment \"{name}\" has a negative length.");
        var digest = await CopyAsync(destination, length, cancellationToken);
        var expected = await ReadExactAsync(input, 32, cancellationToken);
        if (!CryptographicOperations.FixedTimeEquals(digest, expected))
            throw new CryptographicFormatException($"Attachment \"{name}\" does not match its SHA-256.");
        return new BidAttachment(name, length, digest);
    }

    private async Task<byte[]> CopyAsync(Stream destination, long length, CancellationToken cancellationToken)
    {
        using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        var buffer = new byte[BidPayloadFormat.CopyBufferLength];
        while (length > 0)
        {
            var read = await input.ReadAsync(buffer.AsMemory(0, (int)Math.Min(buffer.Length, length)), cancellationToken);
            if (read == 0)
                throw new CryptographicFormatException("The payload ends inside an attachment.");
            hash.AppendData(buffer, 0, read);
            await destination.WriteAsync(buffer.AsMemory(0, read), cancellationToken);
            length -= read;
        }

        return hash.GetHashAndReset();
    }

    private static async Task<byte[]> ReadExactAsync(Stream input, int count, CancellationToken cancellationToken)
    {
        var buffer = new byte[count];
        if (await input.ReadAtLeastAsync(buffer, count, false, cancellationToken) < count)
            throw new CryptographicFormatException("The payload ends early.");
        return buffer;
    }
}
