using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using TenderHall.Crypto.Signing;

namespace TenderHall.Crypto.Notes;

/// <summary>Verifies note signatures for one Ed25519 key given as a C2SP verifier key string.</summary>
public sealed class NoteVerifier
{
    private readonly SignatureVerifier key;

    private NoteVerifier(string name, byte[] keyHash, SignatureVerifier key)
    {
        Name = name;
        KeyHash = keyHash;
        this.key = key;
    }

    /// <summary>Key name.</summary>
    public string Name { get; }

    /// <summary>4-byte key hash.</summary>
    public byte[] KeyHash { get; }

    /// <summary>Parses "name+hash+base64(0x01 || public key)" and checks that the hash matches name and key.</summary>
    public static NoteVerifier Parse(string verifierKey)
    {
        var parts = verifierKey.Split('+', 3);
        if (parts.Length != 3 || parts[1].Length != 8 || !uint.TryParse(parts[1], NumberStyles.AllowHexSpecifier, CultureInfo.InvariantCulture, out _))
            throw new CryptographicFormatException("A verifier key is name+hash(8 hex)+base64key.");
        NoteKeyHash.CheckName(parts[0]);
        byte[] keyBytes;
        try
        {
            keyBytes = Convert.FromBase64String(parts[2]);
        }
        catch (FormatException e)
        {
            throw new CryptographicFormatException("The verifier key is not valid base64.", e);
        }

        if (keyBytes.Length != 33 || keyBytes[0] != NoteKeyHash.Ed25519Type)
            throw new CryptographicFormatException("Only Ed25519 verifier keys (0x01 || 32 bytes) are supported.");
        var publicKey = keyBytes[1..];
        var hash = NoteKeyHash.Compute(parts[0], publicKey);
        if (!Convert.ToHexStringLower(hash).Equals(parts[1], StringComparison.OrdinalIgnoreCase))
            throw new CryptographicFormatException("The verifier key hash does not match its name and key.");
        return new NoteVerifier(parts[0], hash, SignatureVerifier.ImportRaw(SignatureAlgorithm.Ed25519, publicKey));
    }

    /// <summary>True when <paramref name="signature"/> is from this key and signs <paramref name="text"/>.</summary>
    public bool Verify(string text, NoteSignature signature) =>
        signature.Name == Name
        && CryptographicOperations.FixedTimeEquals(signature.KeyHash, KeyHash)
        && key.Verify(Encoding.UTF8.GetBytes(text), signature.Signature);

    internal static string FormatVerifierKey(string name, byte[] keyHash, byte[] publicKey) =>
        $"{name}+{Convert.ToHexStringLower(keyHash)}+{Convert.ToBase64String([NoteKeyHash.Ed25519Type, .. publicKey])}";
}
