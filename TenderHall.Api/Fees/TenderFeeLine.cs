using TenderHall.Grains.Contracts.Fees;

namespace TenderHall.Api.Fees;

/// <summary>The paid orders of one purpose of a tender, in sums only: no payer is named (BL 22).</summary>
/// <param name="Purpose">Document fees or bid deposits.</param>
/// <param name="Account">Where the money went: the treasury, or the deposit escrow account.</param>
/// <param name="PaidOrders">Orders the bank confirmed paid (refunded ones included).</param>
/// <param name="CollectedFen">Paid in, in fen.</param>
/// <param name="RefundedFen">Paid back (principal), in fen.</param>
/// <param name="InterestFen">Deposit interest paid with refunds (BLR 31, 57), in fen.</param>
/// <param name="HeldFen">Collected less refunded.</param>
public sealed record TenderFeeLine(FeePurpose Purpose, FeeAccount Account, int PaidOrders, long CollectedFen, long RefundedFen, long InterestFen, long HeldFen);
