using System.Security.Cryptography;
using TenderHall.Crypto.KeyWrap;

namespace TenderHall.Crypto.Custody;

/// <summary>Creates a tender's opening key split k-of-n among custodians, and rebuilds it in memory from k shares.</summary>
public static class OpeningKeyCustody
{
    /// <summary>Generates an opening key pair, splits its private scalar and wraps share i to custodian i; the whole private key is zeroed before returning.</summary>
    public static CustodyBundle Create(CryptoSuite suite, int threshold, IReadOnlyList<EncryptionPublicKey> custodians)
    {
        if (custodians.Any(c => c.Suite != suite))
            throw new ArgumentException("Every custodian key must belong to the opening key's suite.", nameof(custodians));
        using var openingKey = EncryptionKeyPair.Generate(suite);
        var scalar = openingKey.ExportPrivateKey();
        IReadOnlyList<SecretShare> shares;
        try
        {
            shares = Shamir.Split(scalar, threshold, custodians.Count);
        }
        finally
        {
            CryptographicOperations.ZeroMemory(scalar);
        }

        var encrypted = new EncryptedShare[shares.Count];
        for (var i = 0; i < shares.Count; i++)
        {
            var encoded = shares[i].Encode();
            encrypted[i] = new EncryptedShare(custodians[i].KeyId, shares[i].X, KeyWrapper.Wrap(custodians[i], encoded));
            CryptographicOperations.ZeroMemory(encoded);
            shares[i].Clear();
        }

        return new CustodyBundle(openingKey.PublicKey, threshold, encrypted);
    }

    /// <summary>A custodian decrypts its own share with its private key.</summary>
    public static SecretShare DecryptShare(EncryptedShare share, EncryptionKeyPair custodian)
    {
        if (!CryptographicOperations.FixedTimeEquals(share.CustodianKeyId, custodian.PublicKey.KeyId))
            throw new CryptographicException("This share is wrapped to a different custodian key.");
        var encoded = KeyWrapper.Unwrap(custodian, share.WrappedShare);
        try
        {
            var decoded = SecretShare.Decode(encoded);
            if (decoded.X != share.X)
                throw new CryptographicException("The decrypted share's x does not match the share record.");
            return decoded;
        }
        finally
        {
            CryptographicOperations.ZeroMemory(encoded);
        }
    }

    /// <summary>Rebuilds the opening key from at least the threshold of decrypted shares and checks it against the published public key.</summary>
    public static EncryptionKeyPair Rebuild(CustodyBundle bundle, IReadOnlyList<SecretShare> shares)
    {
        if (shares.Count < bundle.Threshold)
            throw new CryptographicException($"{bundle.Threshold} shares are needed, {shares.Count} were given.");
        var scalar = Shamir.Combine(shares);
        try
        {
            EncryptionKeyPair rebuilt;
            try
            {
                rebuilt = EncryptionKeyPair.FromPrivateKey(bundle.OpeningKey.Suite, scalar);
            }
            catch (CryptographicFormatException e)
            {
                throw new CryptographicException("The shares do not rebuild the opening key.", e);
            }

            if (!rebuilt.PublicKey.Raw.AsSpan().SequenceEqual(bundle.OpeningKey.Raw))
            {
                rebuilt.Dispose();
                throw new CryptographicException("The shares do not rebuild the opening key.");
            }

            return rebuilt;
        }
        finally
        {
            CryptographicOperations.ZeroMemory(scalar);
        }
    }
}
