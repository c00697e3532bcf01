using System.Security.Cryptography;

namespace TenderHall.Crypto.Merkle;

/// <summary>
/// The commitment a public log leaf carries for a secret event (BL 22): SHA-256 over a secret 32-byte salt followed by the
/// event's canonical bytes. Without the salt nobody can test a guess of the event; with it anyone can check the event.
/// </summary>
public static class LeafCommitment
{
    /// <summary>Salt length in bytes.</summary>
    public const int SaltLength = 32;

    /// <summary>
    /// The salt of an event under a secret <paramref name="key"/>: HMAC-SHA-256 of its bytes. Without the key it is as
    /// unpredictable as a random salt; with it the same event always gets the same salt, so an append retried after a
    /// failure finds the commitment an earlier attempt may have logged instead of logging a second one.
    /// </summary>
    public static byte[] Salt(ReadOnlySpan<byte> key, ReadOnlySpan<byte> eventBytes) => HMACSHA256.HashData(key, eventBytes);

    /// <summary>SHA-256(salt ‖ event), lowercase hex.</summary>
    public static string Compute(ReadOnlySpan<byte> salt, ReadOnlySpan<byte> eventBytes)
    {
        if (salt.Length != SaltLength) throw new ArgumentException($"A commitment salt has {SaltLength} bytes.", nameof(salt));
        using var sha = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        sha.AppendData(salt);
        sha.AppendData(eventBytes);
        return Convert.ToHexStringLower(sha.GetHashAndReset());
    }

    /// <summary>Whether <paramref name="commitmentHex"/> commits to <paramref name="eventBytes"/> under <paramref name="salt"/>.</summary>
    public static bool Opens(string commitmentHex, ReadOnlySpan<byte> salt, ReadOnlySpan<byte> eventBytes) =>
        salt.Length == SaltLength && string.Equals(Compute(salt, eventBytes), commitmentHex, StringComparison.OrdinalIgnoreCase);
}
