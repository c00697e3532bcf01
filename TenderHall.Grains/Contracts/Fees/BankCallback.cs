namespace TenderHall.Grains.Contracts.Fees;

/// <summary>
/// A payment notice from the designated bank window. <see cref="Signature"/> is the bank's ECDSA P-256/SHA-256 signature
/// (IEEE P1363 r||s, base64) over the canonical text of the other fields; see <c>BankCallbackSignature</c>.
/// </summary>
[GenerateSerializer, Alias("th.BankCallback")]
public sealed class BankCallback
{
    /// <summary>The fee order paid.</summary>
    [Id(0)] public string OrderId { get; set; } = "";

    /// <summary>The bank's transaction id.</summary>
    [Id(1)] public string BankTransactionId { get; set; } = "";

    /// <summary>Amount received in fen.</summary>
    [Id(2)] public long AmountFen { get; set; }

    /// <summary>Currency; only CNY is accepted.</summary>
    [Id(3)] public string Currency { get; set; } = "";

    /// <summary>When the bank received the money, in whole seconds.</summary>
    [Id(4)] public DateTimeOffset PaidAt { get; set; }

    /// <summary>The account the payer paid from.</summary>
    [Id(5)] public string PayerAccount { get; set; } = "";

    /// <summary>The bank's signature, base64.</summary>
    [Id(6)] public string Signature { get; set; } = "";
}
