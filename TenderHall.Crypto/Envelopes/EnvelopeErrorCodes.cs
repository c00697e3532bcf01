namespace TenderHall.Crypto.Envelopes;

/// <summary>Stable error codes carried by <see cref="EnvelopeException"/>; API problem details repeat them.</summary>
public static class EnvelopeErrorCodes
{
    /// <summary>The bytes do not start with the envelope magic: not a sealed envelope (for example a plaintext file).</summary>
    public const string Magic = "ENVELOPE-MAGIC";

    /// <summary>The format version is not one this library reads.</summary>
    public const string Version = "ENVELOPE-VERSION";

    /// <summary>The header is malformed (lengths, encodings, unknown suite or policy).</summary>
    public const string Header = "ENVELOPE-HEADER";

    /// <summary>The envelope is sealed for another tender.</summary>
    public const string Tender = "ENVELOPE-TENDER";

    /// <summary>The envelope names another bidder.</summary>
    public const string Bidder = "ENVELOPE-BIDDER";

    /// <summary>The envelope is not wrapped to the expected opening key, or the recipients do not fit the policy.</summary>
    public const string Recipient = "ENVELOPE-RECIPIENT";

    /// <summary>A segment frame is malformed (length larger than the segment size, short non-final segment).</summary>
    public const string Segment = "ENVELOPE-SEGMENT";

    /// <summary>The envelope ends before its final segment.</summary>
    public const string Truncated = "ENVELOPE-TRUNCATED";

    /// <summary>Bytes follow the final segment.</summary>
    public const string Trailing = "ENVELOPE-TRAILING";

    /// <summary>No supplied key can unwrap the content key.</summary>
    public const string Key = "ENVELOPE-KEY";

    /// <summary>A segment fails authentication: altered, reordered, spliced or with a forged final flag.</summary>
    public const string Authentication = "ENVELOPE-AUTH";
}
