using TenderHall.Crypto;
using TenderHall.Crypto.Signing;
using TenderHall.Grains.Contracts.Fees;
using TenderHall.Grains.Contracts.Rules;

namespace TenderHall.Grains.Fees;

/// <summary>Checks bank callbacks against the designated bank's public key; the only way an order becomes paid.</summary>
public sealed class BankCallbackVerifier
{
    private readonly SignatureVerifier key;

    /// <summary>Loads the bank key from a DER SubjectPublicKeyInfo; only ECDSA P-256 keys are accepted.</summary>
    public BankCallbackVerifier(ReadOnlySpan<byte> subjectPublicKeyInfo)
    {
        key = SignatureVerifier.ImportSubjectPublicKeyInfo(subjectPublicKeyInfo);
        if (key.Algorithm != SignatureAlgorithm.EcdsaP256Sha256)
            throw new CryptographicFormatException($"The bank key must be ECDSA P-256, not {key.Algorithm}.");
    }

    /// <summary>Key id of the bank key (public), for logs and operations.</summary>
    public string KeyId => Crypto.KeyId.ToHex(key.KeyId);

    /// <summary>Throws <c>FEE-BANK-SIGNATURE</c> unless the bank signed exactly this callback.</summary>
    public void Check(BankCallback callback)
    {
        if (string.IsNullOrWhiteSpace(callback.Signature)) throw Refused("is missing");
        if (BankCallbackSignature.Problem(callback) is { } problem) throw Refused(problem);
        var signature = new byte[callback.Signature.Length];
        if (!Convert.TryFromBase64String(callback.Signature, signature, out var length)) throw Refused("is not base64");
        if (!key.Verify(BankCallbackSignature.Bytes(callback), signature.AsSpan(0, length)))
            throw Refused("does not verify with the designated bank's key");
    }

    private static RuleViolationException Refused(string detail) =>
        RuleViolationException.Of("FEE-BANK-SIGNATURE", ("detail", detail));
}
