using System.Globalization;
using System.Text;
using TenderHall.Grains.Contracts.Fees;
using TenderHall.Grains.Contracts.Guarantees;
using TenderHall.Grains.Fees;

namespace TenderHall.Grains.Contracts.Guarantees;

/// <summary>
/// The text an issuing institution signs for its decision on a letter. Nine lines joined by LF, UTF-8, no trailing newline:
/// <code>
/// tenderhall-guarantee-callback/v2
/// guaranteeId={guaranteeId}
/// letterNumber={letterNumber}
/// issuerCreditCode={issuerCreditCode}
/// amountFen={amountFen as a decimal integer}
/// validFrom={validFrom in UTC as yyyy-MM-ddTHH:mm:ssZ}
/// validUntil={validUntil, likewise}
/// decision={Verified|Rejected}
/// decidedAt={decidedAt, likewise}
/// </code>
/// The issuer vouches for the letter's terms as well as its existence: v1 signed neither validity date.
/// Signed like a bank callback (<see cref="CallbackKey"/>): ECDSA P-256 with SHA-256, IEEE P1363, base64.
/// </summary>
public static class GuaranteeCallbackSignature
{
    /// <summary>The first line; a new layout gets a new version.</summary>
    public const string Version = "tenderhall-guarantee-callback/v2";

    /// <summary>Why <paramref name="callback"/> has no canonical text, or null when it has one.</summary>
    public static string? Problem(GuaranteeCallback callback) =>
        !Enum.IsDefined(callback.Decision) ? "covers a decision other than Verified or Rejected"
        : CallbackText.Problem([callback.GuaranteeId, callback.LetterNumber, callback.IssuerCreditCode], callback.DecidedAt, "decidedAt")
          ?? CallbackText.Problem([], callback.ValidFrom, "validFrom") ?? CallbackText.Problem([], callback.ValidUntil, "validUntil");

    /// <summary>The canonical text of <paramref name="callback"/> (its <see cref="GuaranteeCallback.Signature"/> excluded).</summary>
    public static string Canonical(GuaranteeCallback callback) => string.Join('\n',
        Version,
        "guaranteeId=" + callback.GuaranteeId,
        "letterNumber=" + callback.LetterNumber,
        "issuerCreditCode=" + callback.IssuerCreditCode,
        "amountFen=" + callback.AmountFen.ToString(CultureInfo.InvariantCulture),
        "validFrom=" + CallbackText.Instant(callback.ValidFrom),
        "validUntil=" + CallbackText.Instant(callback.ValidUntil),
        "decision=" + callback.Decision,
        "decidedAt=" + CallbackText.Instant(callback.DecidedAt));

    /// <summary>The bytes that are signed.</summary>
    public static byte[] Bytes(GuaranteeCallback callback) => Encoding.UTF8.GetBytes(Canonical(callback));
}
