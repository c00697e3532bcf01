using System.Text;
using TenderHall.Crypto.Signing;

namespace TenderHall.Crypto.Notes;

/// <summary>Signs C2SP notes with an Ed25519 key under a key name.</summary>
public sealed class NoteSigner
{
    private readonly SignatureKey key;

    /// <summary>Creates a signer; <paramref name="key"/> must be Ed25519.</summary>
    public NoteSigner(string name, SignatureKey key)
    {
        NoteKeyHash.CheckName(name);
        if (key.Algorithm != SignatureAlgorithm.Ed25519)
            throw new ArgumentException("Signed notes use Ed25519 keys.", nameof(key));
        Name = name;
        this.key = key;
        KeyHash = NoteKeyHash.Compute(name, key.Verifier.RawPublicKey);
    }

    /// <summary>Key name.</summary>
    public string Name { get; }

    /// <summary>4-byte key hash.</summary>
    public byte[] KeyHash { get; }

    /// <summary>The verifier key string "name+hash+base64(0x01 || public key)" to publish.</summary>
    public string VerifierKey => NoteVerifier.FormatVerifierKey(Name, KeyHash, key.Verifier.RawPublicKey);

    /// <summary>Signs the note text (non-empty, ending in a newline) and returns the signature.</summary>
    public NoteSignature Sign(string text)
    {
        SignedNote.CheckText(text);
        return new NoteSignature(Name, KeyHash, key.Sign(Encoding.UTF8.GetBytes(text)));
    }
}
