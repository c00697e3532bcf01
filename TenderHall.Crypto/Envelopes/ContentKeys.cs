using System.Security.Cryptography;
using TenderHall.Crypto.KeyWrap;

namespace TenderHall.Crypto.Envelopes;

/// <summary>Creates the per-envelope content key with its recipient entries, and recovers it per policy.</summary>
internal static class ContentKeys
{
    /// <summary>AES-256 for International, SM4-128 for GM.</summary>
    public static int Length(CryptoSuite suite) => suite == CryptoSuite.Gm ? 16 : 32;

    public static void CheckRecipients(EnvelopeHeader header)
    {
        var expected = header.Policy == EnvelopePolicy.BidderAndQuorum ? 2 : 1;
        if (header.Recipients.Count != expected || header.Recipient(RecipientRole.OpeningKey) is null)
            throw new EnvelopeException(EnvelopeErrorCodes.Recipient, $"Policy {header.Policy} needs {expected} recipient entries including the opening key; the header has {header.Recipients.Count}.");
    }

    public static (byte[] ContentKey, List<RecipientEntry> Recipients) Create(EnvelopeSealOptions options)
    {
        var suite = options.OpeningKey.Suite;
        var contentKey = RandomNumberGenerator.GetBytes(Length(suite));
        if (options.Policy == EnvelopePolicy.OpeningKey)
            return (contentKey, [Entry(RecipientRole.OpeningKey, options.OpeningKey, contentKey)]);

        var bidderKey = options.BidderKey
            ?? throw new ArgumentException("Policy bidder-and-quorum needs the bidder's encryption key.", nameof(options));
        // K = K1 XOR K2 with K1 random: each half alone is a uniformly random string independent of K.
        var half1 = RandomNumberGenerator.GetBytes(contentKey.Length);
        var half2 = Xor(contentKey, half1);
        try
        {
            return (contentKey, [Entry(RecipientRole.OpeningKey, options.OpeningKey, half1), Entry(RecipientRole.Bidder, bidderKey, half2)]);
        }
        finally
        {
            CryptographicOperations.ZeroMemory(half1);
            CryptographicOperations.ZeroMemory(half2);
        }
    }

    /// <summary>Bidder-and-quorum with the bidder's part handed over already unwrapped: the bidder keeps its private key.</summary>
    public static byte[] Recover(EnvelopeHeader header, EncryptionKeyPair openingKey, ReadOnlySpan<byte> bidderPart)
    {
        if (header.Policy != EnvelopePolicy.BidderAndQuorum)
            throw new EnvelopeException(EnvelopeErrorCodes.Recipient, "Only a bidder-and-quorum envelope takes a bidder part.");
        if (bidderPart.Length != Length(header.Suite))
            throw new EnvelopeException(EnvelopeErrorCodes.Key, "The bidder part has the wrong length.");
        var opening = Unwrap(header, RecipientRole.OpeningKey, [openingKey]);
        var contentKey = Xor(opening, bidderPart.ToArray());
        CryptographicOperations.ZeroMemory(opening);
        return contentKey;
    }

    /// <summary>The bidder's part of a bidder-and-quorum content key, unwrapped with the bidder's own key.</summary>
    public static byte[] BidderPart(EnvelopeHeader header, EncryptionKeyPair bidderKey)
    {
        if (header.Policy != EnvelopePolicy.BidderAndQuorum)
            throw new EnvelopeException(EnvelopeErrorCodes.Recipient, "Only a bidder-and-quorum envelope has a bidder part.");
        return Unwrap(header, RecipientRole.Bidder, [bidderKey]);
    }

    public static byte[] Recover(EnvelopeHeader header, IReadOnlyList<EncryptionKeyPair> keys)
    {
        var opening = Unwrap(header, RecipientRole.OpeningKey, keys);
        if (header.Policy == EnvelopePolicy.OpeningKey)
            return opening;
        var bidder = Unwrap(header, RecipientRole.Bidder, keys);
        var contentKey = Xor(opening, bidder);
        CryptographicOperations.ZeroMemory(opening);
        CryptographicOperations.ZeroMemory(bidder);
        return contentKey;
    }

    private static RecipientEntry Entry(RecipientRole role, EncryptionPublicKey key, byte[] secret) =>
        new(role, key.KeyId, KeyWrapper.Wrap(key, secret));

    private static byte[] Unwrap(EnvelopeHeader header, RecipientRole role, IReadOnlyList<EncryptionKeyPair> keys)
    {
        var entry = header.Recipient(role)!;
        var key = keys.FirstOrDefault(k => k.Suite == header.Suite && k.PublicKey.KeyId.AsSpan().SequenceEqual(entry.KeyId))
            ?? throw new EnvelopeException(EnvelopeErrorCodes.Key, $"No supplied key has id {KeyId.ToHex(entry.KeyId)} ({role}).");
        try
        {
            var secret = KeyWrapper.Unwrap(key, entry.WrappedKey);
            if (secret.Length != Length(header.Suite))
                throw new EnvelopeException(EnvelopeErrorCodes.Key, $"The {role} entry unwraps to a key of the wrong length.");
            return secret;
        }
        catch (CryptographicException e) when (e is not EnvelopeException)
        {
            throw new EnvelopeException(EnvelopeErrorCodes.Key, $"The {role} entry does not unwrap with key {KeyId.ToHex(entry.KeyId)}.", e);
        }
    }

    private static byte[] Xor(byte[] a, byte[] b)
    {
        var output = new byte[a.Length];
        for (var i = 0; i < a.Length; i++)
            output[i] = (byte)(a[i] ^ b[i]);
        return output;
    }
}
