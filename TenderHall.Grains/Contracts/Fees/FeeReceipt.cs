using TenderHall.Grains.Contracts.Rules;

namespace TenderHall.Grains.Contracts.Fees;

/// <summary>The electronic receipt (电子票据) of a paid order.</summary>
/// <param name="Number">Receipt number, unique across the ledger.</param>
/// <param name="OrderId">The order paid.</param>
/// <param name="FeeName">The fee item.</param>
/// <param name="PayerId">The paying organisation.</param>
/// <param name="AmountFen">Amount in fen.</param>
/// <param name="Currency">CNY.</param>
/// <param name="Account">The account the money went to.</param>
/// <param name="AccountName">That account's name in Chinese.</param>
/// <param name="BankTransactionId">The bank's transaction id.</param>
/// <param name="PaidAt">When the bank received the money.</param>
/// <param name="IssuedAt">When the receipt was issued (the callback was accepted).</param>
[GenerateSerializer, Alias("th.FeeReceipt")]
public sealed record FeeReceipt(
    [property: Id(0)] string Number,
    [property: Id(1)] string OrderId,
    [property: Id(2)] string FeeName,
    [property: Id(3)] string PayerId,
    [property: Id(4)] long AmountFen,
    [property: Id(5)] string Currency,
    [property: Id(6)] FeeAccount Account,
    [property: Id(7)] string AccountName,
    [property: Id(8)] string BankTransactionId,
    [property: Id(9)] DateTimeOffset PaidAt,
    [property: Id(10)] DateTimeOffset IssuedAt)
{
    /// <summary>The receipt of a paid order; throws <c>FEE-NOT-PAID</c> before payment.</summary>
    public static FeeReceipt Of(FeeOrder order)
    {
        var payment = order.Payment ?? throw RuleViolationException.Of("FEE-NOT-PAID", ("id", order.Id));
        return new FeeReceipt(payment.ReceiptNumber, order.Id, order.FeeName, order.PayerId, payment.AmountFen, order.Currency,
            order.Account, FeeAccounts.NameZh(order.Account), payment.BankTransactionId, payment.PaidAt, payment.ConfirmedAt);
    }
}
