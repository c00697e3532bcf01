namespace TenderHall.Grains.Contracts.Fees;

/// <summary>The <c>TenderHall:Fees</c> configuration section.</summary>
public sealed class FeeOptions
{
    /// <summary>Configuration section name.</summary>
    public const string Section = "TenderHall:Fees";

    /// <summary>The designated bank's callback-signing public key: base64 DER SubjectPublicKeyInfo of an ECDSA P-256 key.</summary>
    public string? BankPublicKey { get; set; }

    /// <summary>
    /// Demand-deposit rate for deposit interest, basis points a year. Default 35 (0.35 %, the PBoC benchmark demand
    /// rate); unchecked against the designated bank's current rate, so it stays configuration.
    /// </summary>
    public int DemandDepositRateBasisPoints { get; set; } = 35;
}
