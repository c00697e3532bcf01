using System.Security.Cryptography;
using System.Text;

namespace TenderHall.Crypto.Notes;

/// <summary>C2SP signed-note key hash: first 4 bytes of SHA-256(name || 0x0A || 0x01 || Ed25519 public key).</summary>
internal static class NoteKeyHash
{
    public const byte Ed25519Type = 0x01;

    public static byte[] Compute(string name, ReadOnlySpan<byte> publicKey)
    {
        byte[] input = [.. Encoding.UTF8.GetBytes(name), 0x0A, Ed25519Type, .. publicKey];
        return SHA256.HashData(input)[..4];
    }

    public static void CheckName(string name)
    {
        if (name.Length == 0 || name.Any(c => char.IsWhiteSpace(c) || c == '+' || char.IsControl(c)))
            throw new ArgumentException("A note key name is non-empty, without spaces, '+' or control characters.", nameof(name));
    }
}
