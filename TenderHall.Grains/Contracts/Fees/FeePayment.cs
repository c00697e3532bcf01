namespace TenderHall.Grains.Contracts.Fees;

/// <summary>A payment the designated bank confirmed through a signed callback.</summary>
[GenerateSerializer, Alias("th.FeePayment")]
public sealed class FeePayment
{
    /// <summary>The bank's transaction id (流水号).</summary>
    [Id(0)] public string BankTransactionId { get; set; } = "";

    /// <summary>Amount paid in fen; always equal to the order's amount.</summary>
    [Id(1)] public long AmountFen { get; set; }

    /// <summary>When the bank received the money; the ledger posts the payment on this day.</summary>
    [Id(2)] public DateTimeOffset PaidAt { get; set; }

    /// <summary>The account the payer paid from (BLR 40: deposits paid from one account are a collusion signal).</summary>
    [Id(3)] public string PayerAccount { get; set; } = "";

    /// <summary>When the platform accepted the callback.</summary>
    [Id(4)] public DateTimeOffset ConfirmedAt { get; set; }

    /// <summary>Number of the electronic receipt (电子票据号), assigned by the ledger.</summary>
    [Id(5)] public string ReceiptNumber { get; set; } = "";
}
