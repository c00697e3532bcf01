using System.Security.Cryptography;
using System.Text;

namespace TenderHall.Grains.Opening;

/// <summary>What custodians and bidders sign when they hand over key material at the opening.</summary>
public static class ShareSignature
{
    /// <summary>The signed message.</summary>
    public static byte[] Message(string tenderId, byte x, ReadOnlySpan<byte> share) =>
        Encoding.UTF8.GetBytes($"TenderHall opening share v1\n{tenderId}\n{x}\n{Convert.ToHexStringLower(SHA256.HashData(share))}\n");

    /// <summary>What a bidder signs when it hands over its part of a bidder-and-quorum envelope's key.</summary>
    public static byte[] BidderPartMessage(string tenderId, string bidderId, ReadOnlySpan<byte> part) =>
        Encoding.UTF8.GetBytes($"TenderHall bidder part v1\n{tenderId}\n{bidderId}\n{Convert.ToHexStringLower(SHA256.HashData(part))}\n");
}
