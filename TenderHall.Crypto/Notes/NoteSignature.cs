namespace TenderHall.Crypto.Notes;

/// <summary>One signature line of a signed note: key name, 4-byte key hash and signature bytes.</summary>
/// <param name="Name">Key name (for a checkpoint, usually the log origin).</param>
/// <param name="KeyHash">4-byte key hash.</param>
/// <param name="Signature">Signature bytes (64 for Ed25519).</param>
public sealed record NoteSignature(string Name, byte[] KeyHash, byte[] Signature)
{
    /// <summary>"— name base64(keyhash || signature)\n", with U+2014 EM DASH.</summary>
    public string FormatLine() => $"\u2014 {Name} {Convert.ToBase64String([.. KeyHash, .. Signature])}\n";
}
