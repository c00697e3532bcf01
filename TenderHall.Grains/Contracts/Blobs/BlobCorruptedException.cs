namespace TenderHall.Grains.Contracts.Blobs;

/// <summary>Thrown at the end of a blob read when the bytes read do not hash to the blob's name.</summary>
public sealed class BlobCorruptedException : IOException
{
    public BlobCorruptedException(string expectedSha256Hex, string actualSha256Hex)
        : base($"Blob {expectedSha256Hex} is corrupted: its stored bytes hash to {actualSha256Hex}. Restore it from a replica or backup; do not use the bytes read.")
    {
        ExpectedSha256Hex = expectedSha256Hex;
        ActualSha256Hex = actualSha256Hex;
    }

    /// <summary>The hash the blob is named by.</summary>
    public string ExpectedSha256Hex { get; }

    /// <summary>The hash of the bytes actually read.</summary>
    public string ActualSha256Hex { get; }
}
