using TenderHall.Grains.Contracts.Fees;

namespace TenderHall.Api.Fees;

/// <summary>One account of the ledger report.</summary>
/// <param name="Account">The account.</param>
/// <param name="NameZh">Its Chinese name.</param>
/// <param name="DebitFen">Sum of debits.</param>
/// <param name="CreditFen">Sum of credits.</param>
/// <param name="BalanceFen">Balance on the account's normal side.</param>
/// <param name="CollectedFen">Fees collected into it.</param>
/// <param name="RefundedFen">Fees refunded out of it.</param>
public sealed record AccountBalance(FeeAccount Account, string NameZh, long DebitFen, long CreditFen, long BalanceFen, long CollectedFen, long RefundedFen);
