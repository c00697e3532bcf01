using TenderHall.Grains.Contracts.Fees;
using TenderHall.Grains.Contracts.Rules;

namespace TenderHall.Grains.Contracts.Fees;

/// <summary>Checks bank callbacks against the designated bank's public key; the only way an order becomes paid.</summary>
/// <remarks>Loads the bank key from a DER SubjectPublicKeyInfo; only ECDSA P-256 keys are accepted.</remarks>
public sealed class BankCallbackVerifier(ReadOnlySpan<byte> subjectPublicKeyInfo)
{
    private readonly CallbackKey key = new(subjectPublicKeyInfo, "designated bank");

    /// <summary>Key id of the bank key (public), for logs and operations.</summary>
    public string KeyId => key.KeyId;

    /// <summary>Throws <c>FEE-BANK-SIGNATURE</c> unless the bank signed exactly this callback.</summary>
    public void Check(BankCallback callback)
    {
        if (key.Problem(callback.Signature, BankCallbackSignature.Problem(callback), () => BankCallbackSignature.Bytes(callback)) is { } problem)
            throw RuleViolationException.Of("FEE-BANK-SIGNATURE", ("detail", problem));
    }
}
