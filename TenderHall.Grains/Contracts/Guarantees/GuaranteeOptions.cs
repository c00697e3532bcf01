namespace TenderHall.Grains.Contracts.Guarantees;

/// <summary>The <c>TenderHall:Guarantees</c> configuration section.</summary>
public sealed class GuaranteeOptions
{
    /// <summary>Configuration section name.</summary>
    public const string Section = "TenderHall:Guarantees";

    /// <summary>
    /// The issuer gateway's callback-signing public key (base64 DER SubjectPublicKeyInfo, ECDSA P-256). When absent the
    /// designated bank's key is used: the designated bank then relays issuers' decisions, as it relays payments.
    /// </summary>
    public string? IssuerPublicKey { get; set; }
}
