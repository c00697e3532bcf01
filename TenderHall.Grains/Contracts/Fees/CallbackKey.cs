using TenderHall.Crypto;
using TenderHall.Crypto.Signing;

namespace TenderHall.Grains.Contracts.Fees;

/// <summary>
/// The public key of an institution outside the platform that signs its callbacks (the designated bank, guarantee issuers):
/// ECDSA P-256 with SHA-256, IEEE P1363 (r||s) signatures in base64, over a canonical text.
/// </summary>
public sealed class CallbackKey
{
    private readonly SignatureVerifier key;
    private readonly string whose;

    /// <summary>Loads the key from a DER SubjectPublicKeyInfo; only ECDSA P-256 keys are accepted.</summary>
    public CallbackKey(ReadOnlySpan<byte> subjectPublicKeyInfo, string whose)
    {
        this.whose = whose;
        key = SignatureVerifier.ImportSubjectPublicKeyInfo(subjectPublicKeyInfo);
        if (key.Algorithm != SignatureAlgorithm.EcdsaP256Sha256)
            throw new CryptographicFormatException($"The {whose} key must be ECDSA P-256, not {key.Algorithm}.");
    }

    /// <summary>Key id (public), for logs and operations.</summary>
    public string KeyId => Crypto.KeyId.ToHex(key.KeyId);

    /// <summary>
    /// Why <paramref name="signature"/> is not this key's signature over the canonical text, or null when it is;
    /// <paramref name="textProblem"/> says why the callback has no canonical text.
    /// </summary>
    public string? Problem(string? signature, string? textProblem, Func<byte[]> text)
    {
        if (string.IsNullOrWhiteSpace(signature)) return "is missing";
        if (textProblem is not null) return textProblem;
        var bytes = new byte[signature.Length];
        if (!Convert.TryFromBase64String(signature, bytes, out var length)) return "is not base64";
        return key.Verify(text(), bytes.AsSpan(0, length)) ? null : $"does not verify with the {whose}'s key";
    }
}
