using TenderHall.Crypto.Envelopes;
using TenderHall.Crypto.Signing;

namespace TenderHall.BidderTool.Bids;

/// <summary>A sealed envelope on disk: its identity (SHA-256), size and the bidder's signature over it.</summary>
public static class EnvelopeFile
{
    /// <summary>Opens the envelope for a sequential async read.</summary>
    public static FileStream Open(string path) => new(path, FileMode.Open, FileAccess.Read, FileShare.Read, 1 << 16, useAsync: true);

    /// <summary>SHA-256 of every byte of the file, streamed.</summary>
    public static async Task<byte[]> HashAsync(string path, CancellationToken cancellationToken = default)
    {
        await using var stream = Open(path);
        return await EnvelopeIdentity.ComputeHashAsync(stream, cancellationToken);
    }

    /// <summary>The bidder's signature over the envelope (the <c>X-Bid-Signature</c> value, base64).</summary>
    public static async Task<string> SignAsync(string path, SignatureKey key, CancellationToken cancellationToken = default) =>
        Convert.ToBase64String(EnvelopeIdentity.Sign(key, await HashAsync(path, cancellationToken)));

    /// <summary>Where the signature of <paramref name="envelopePath"/> is saved.</summary>
    public static string SignaturePath(string envelopePath) => envelopePath + ".sig";

    /// <summary>Where the receipt of <paramref name="envelopePath"/> is saved.</summary>
    public static string ReceiptPath(string envelopePath) => envelopePath + ".receipt.json";
}
