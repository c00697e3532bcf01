using TenderHall.Grains.Contracts.Fees;
using TenderHall.Grains.Contracts.Guarantees;
using TenderHall.Grains.Contracts.Rules;
using TenderHall.Grains.Fees;

namespace TenderHall.Grains.Contracts.Guarantees;

/// <summary>Checks issuer callbacks against the issuer gateway's public key; the only way a letter becomes verified or rejected.</summary>
/// <remarks>Loads the key from a DER SubjectPublicKeyInfo; only ECDSA P-256 keys are accepted.</remarks>
public sealed class GuaranteeCallbackVerifier(ReadOnlySpan<byte> subjectPublicKeyInfo)
{
    private readonly CallbackKey key = new(subjectPublicKeyInfo, "guarantee issuer");

    /// <summary>Key id of the issuer key (public), for logs and operations.</summary>
    public string KeyId => key.KeyId;

    /// <summary>Throws <c>GUAR-ISSUER-SIGNATURE</c> unless the issuer signed exactly this callback.</summary>
    public void Check(GuaranteeCallback callback)
    {
        if (key.Problem(callback.Signature, GuaranteeCallbackSignature.Problem(callback), () => GuaranteeCallbackSignature.Bytes(callback)) is { } problem)
            throw RuleViolationException.Of("GUAR-ISSUER-SIGNATURE", ("detail", problem));
    }
}
