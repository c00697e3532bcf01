namespace TenderHall.Grains.Contracts.Fees;

/// <summary>Whether a set of ledger totals balances, with the figures compared.</summary>
/// <param name="TotalDebitFen">Sum of all debit lines.</param>
/// <param name="TotalCreditFen">Sum of all credit lines.</param>
/// <param name="Balanced">Debits equal credits.</param>
/// <param name="TreasuryBalanceFen">Credit balance of the treasury account, from the lines.</param>
/// <param name="TreasuryExpectedFen">Fees collected into the treasury minus fees refunded from it, from the entries.</param>
/// <param name="TreasuryMatches">The two treasury figures agree.</param>
/// <param name="EscrowBalanceFen">Credit balance of the deposit escrow account.</param>
/// <param name="EscrowExpectedFen">Deposits collected minus deposits refunded.</param>
/// <param name="EscrowMatches">The two escrow figures agree.</param>
/// <param name="InterestMatches">The interest account holds exactly the interest paid with refunds.</param>
public sealed record FeeLedgerProof(
    long TotalDebitFen,
    long TotalCreditFen,
    bool Balanced,
    long TreasuryBalanceFen,
    long TreasuryExpectedFen,
    bool TreasuryMatches,
    long EscrowBalanceFen,
    long EscrowExpectedFen,
    bool EscrowMatches,
    bool InterestMatches);
