namespace TenderHall.Grains.Contracts.Guarantees;

/// <summary>
/// The issuing institution's answer about a lodged letter. <see cref="Signature"/> is the issuer's ECDSA P-256/SHA-256
/// signature (IEEE P1363 r||s, base64) over the canonical text of the other fields; see <c>GuaranteeCallbackSignature</c>.
/// </summary>
[GenerateSerializer, Alias("th.GuaranteeCallback")]
public sealed class GuaranteeCallback
{
    /// <summary>The guarantee the letter was lodged under (<see cref="GuaranteeIds"/>).</summary>
    [Id(0)] public string GuaranteeId { get; set; } = "";

    /// <summary>The letter number.</summary>
    [Id(1)] public string LetterNumber { get; set; } = "";

    /// <summary>The issuer's unified social credit code.</summary>
    [Id(2)] public string IssuerCreditCode { get; set; } = "";

    /// <summary>The amount the issuer guarantees, in fen.</summary>
    [Id(3)] public long AmountFen { get; set; }

    /// <summary>Verified or Rejected.</summary>
    [Id(4)] public GuaranteeDecision Decision { get; set; }

    /// <summary>When the issuer decided, in whole seconds.</summary>
    [Id(5)] public DateTimeOffset DecidedAt { get; set; }

    /// <summary>The issuer's signature, base64.</summary>
    [Id(6)] public string Signature { get; set; } = "";

    /// <summary>From when the issuer says the letter is valid (whole seconds): the issuer vouches for the validity, not the bidder.</summary>
    [Id(7)] public DateTimeOffset ValidFrom { get; set; }

    /// <summary>Until when the issuer says the letter is valid (whole seconds).</summary>
    [Id(8)] public DateTimeOffset ValidUntil { get; set; }
}
