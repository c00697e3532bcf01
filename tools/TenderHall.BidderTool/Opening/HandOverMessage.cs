using System.Globalization;
using System.Security.Cryptography;
using System.Text;

namespace TenderHall.BidderTool.Opening;

/// <summary>
/// What custodians and bidders sign when they hand over key material at the opening, byte for byte the messages the
/// platform checks against their registered signing keys.
/// </summary>
public static class HandOverMessage
{
    /// <summary>A custodian's share <paramref name="share"/> (y) at <paramref name="x"/> of the tender's opening key.</summary>
    public static byte[] Share(string tenderId, byte x, ReadOnlySpan<byte> share) =>
        Of("opening share", tenderId, x.ToString(CultureInfo.InvariantCulture), share);

    /// <summary>A bidder's part of its bidder-and-quorum envelope's key.</summary>
    public static byte[] BidderPart(string tenderId, string bidderId, ReadOnlySpan<byte> part) => Of("bidder part", tenderId, bidderId, part);

    private static byte[] Of(string kind, string tenderId, string who, ReadOnlySpan<byte> material) =>
        Encoding.UTF8.GetBytes($"TenderHall {kind} v1\n{tenderId}\n{who}\n{Convert.ToHexStringLower(SHA256.HashData(material))}\n");
}
