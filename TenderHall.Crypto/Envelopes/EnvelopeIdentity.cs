using System.Security.Cryptography;
using System.Text;
using TenderHall.Crypto.Signing;

namespace TenderHall.Crypto.Envelopes;

/// <summary>The envelope identity (SHA-256 of all its bytes) and the bidder's detached signature over it.</summary>
public static class EnvelopeIdentity
{
    /// <summary>Domain separator prefixed to the hash before signing, so an envelope signature can never pass as another signed object.</summary>
    public const string SignatureContext = "TenderHall envelope v1\n";

    /// <summary>SHA-256 of every byte of the envelope stream, read to its end.</summary>
    public static async Task<byte[]> ComputeHashAsync(Stream envelope, CancellationToken cancellationToken = default) =>
        await SHA256.HashDataAsync(envelope, cancellationToken);

    /// <summary>Bidder's detached signature over ASCII <see cref="SignatureContext"/> || envelope hash.</summary>
    public static byte[] Sign(SignatureKey bidderKey, ReadOnlySpan<byte> envelopeHash) => bidderKey.Sign(SignedMessage(envelopeHash));

    /// <summary>True when <paramref name="signature"/> is the bidder's signature of the envelope hash.</summary>
    public static bool Verify(SignatureVerifier bidderKey, ReadOnlySpan<byte> envelopeHash, ReadOnlySpan<byte> signature) =>
        bidderKey.Verify(SignedMessage(envelopeHash), signature);

    private static byte[] SignedMessage(ReadOnlySpan<byte> envelopeHash)
    {
        if (envelopeHash.Length != 32)
            throw new ArgumentException("An envelope hash is 32 bytes (SHA-256).", nameof(envelopeHash));
        return [.. Encoding.ASCII.GetBytes(SignatureContext), .. envelopeHash];
    }
}
