using System.Globalization;
using System.Text;
using TenderHall.Grains.Contracts.Fees;

namespace TenderHall.Grains.Contracts.Fees;

/// <summary>
/// The text the designated bank signs for a payment callback. Seven lines joined by LF, UTF-8, no trailing newline:
/// <code>
/// tenderhall-fee-callback/v1
/// orderId={orderId}
/// bankTransactionId={bankTransactionId}
/// amountFen={amountFen as a decimal integer}
/// currency={currency}
/// paidAt={paidAt in UTC as yyyy-MM-ddTHH:mm:ssZ}
/// payerAccount={payerAccount}
/// </code>
/// The signature is ECDSA P-256 with SHA-256 over those bytes, IEEE P1363 (r||s, 64 bytes), base64. Values may not
/// contain CR or LF and <c>paidAt</c> has whole seconds, so every callback has exactly one signed text.
/// </summary>
public static class BankCallbackSignature
{
    /// <summary>The first line; a new layout gets a new version.</summary>
    public const string Version = "tenderhall-fee-callback/v1";

    /// <summary>Why <paramref name="callback"/> has no canonical text, or null when it has one.</summary>
    public static string? Problem(BankCallback callback) =>
        CallbackText.Problem([callback.OrderId, callback.BankTransactionId, callback.Currency, callback.PayerAccount], callback.PaidAt, "paidAt");

    /// <summary>The canonical text of <paramref name="callback"/> (its <see cref="BankCallback.Signature"/> excluded).</summary>
    public static string Canonical(BankCallback callback) => string.Join('\n',
        Version,
        "orderId=" + callback.OrderId,
        "bankTransactionId=" + callback.BankTransactionId,
        "amountFen=" + callback.AmountFen.ToString(CultureInfo.InvariantCulture),
        "currency=" + callback.Currency,
        "paidAt=" + CallbackText.Instant(callback.PaidAt),
        "payerAccount=" + callback.PayerAccount);

    /// <summary>The bytes that are signed.</summary>
    public static byte[] Bytes(BankCallback callback) => Encoding.UTF8.GetBytes(Canonical(callback));
}
