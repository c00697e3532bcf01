using System.Security.Cryptography;
using System.Text;

namespace TenderHall.Grains.Opening;

/// <summary>What a custodian signs when it hands over its share: the tender, the share's x, and the share's hash.</summary>
public static class ShareSignature
{
    /// <summary>The signed message.</summary>
    public static byte[] Message(string tenderId, byte x, ReadOnlySpan<byte> share) =>
        Encoding.UTF8.GetBytes($"TenderHall opening share v1\n{tenderId}\n{x}\n{Convert.ToHexStringLower(SHA256.HashData(share))}\n");
}
