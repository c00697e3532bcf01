namespace TenderHall.Api.Fees;

/// <summary>The answer to an accepted bank callback; a repeated callback gets the same answer.</summary>
/// <param name="OrderId">The order paid.</param>
/// <param name="BankTransactionId">The bank's transaction id.</param>
/// <param name="AmountFen">Amount recorded.</param>
/// <param name="ReceiptNumber">The electronic receipt number issued for the payment.</param>
public sealed record FeeCallbackResult(string OrderId, string BankTransactionId, long AmountFen, string ReceiptNumber);
