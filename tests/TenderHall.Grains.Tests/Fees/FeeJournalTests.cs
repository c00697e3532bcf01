using TenderHall.Grains.Contracts.Fees;
using TenderHall.Grains.Fees;

namespace TenderHall.Grains.Tests.Fees;

public sealed class FeeJournalTests
{
    private static readonly DateTimeOffset PaidAt = new(2026, 3, 10, 2, 0, 0, TimeSpan.Zero);

    private static FeeOrder Paid(FeePurpose purpose, string payer, long amount)
    {
        var request = new FeeOrderRequest
        {
            Purpose = purpose, SubjectId = "T-2026-009", PayerId = payer, AmountFen = amount,
            LicensingItemCode = purpose == FeePurpose.LicensingFee ? "LIC-001" : null, FeeName = purpose == FeePurpose.LicensingFee ? "证照工本费" : null,
        };
        var order = FeeOrderRules.Open(FeeOrderIds.For(purpose, request.SubjectId, payer), request, PaidAt);
        order.Payment = new FeePayment { BankTransactionId = "TX-" + payer, AmountFen = amount, PaidAt = PaidAt, ConfirmedAt = PaidAt };
        return order;
    }

    private static FeeOrder Refunded(FeeOrder order, RefundReason reason, int days)
    {
        order.Refund = FeeOrderRules.Refund(order, new FeeRefundRequest { Reason = reason, EventAt = PaidAt.AddDays(days) }, PaidAt.AddDays(days), 35, FeeOrderRulesTests.Engineering);
        return order;
    }

    [Fact]
    public void Every_entry_is_balanced_and_payments_debit_bank_clearing()
    {
        var entry = FeeJournal.Payment(Paid(FeePurpose.BidDeposit, "b1", 1_000), Paid(FeePurpose.BidDeposit, "b1", 1_000).Payment!);
        FeeJournal.CheckBalanced(entry);
        Assert.Equal([new(FeeAccount.BankClearing, 1_000, 0), new(FeeAccount.DepositEscrow, 0, 1_000)], entry.Lines);
    }

    [Fact]
    public void After_a_sequence_of_payments_and_refunds_the_ledger_proves_its_balances()
    {
        FeeOrder[] orders =
        [
            Paid(FeePurpose.DocumentFee, "b1", 50_000),
            Paid(FeePurpose.DocumentFee, "b2", 50_000),
            Refunded(Paid(FeePurpose.DocumentFee, "b3", 50_000), RefundReason.Terminated, 3),
            Paid(FeePurpose.LicensingFee, "b4", 1_000),
            Paid(FeePurpose.BidDeposit, "b1", 10_000_000),
            Refunded(Paid(FeePurpose.BidDeposit, "b2", 10_000_000), RefundReason.ContractSigned, 30),
            Refunded(Paid(FeePurpose.BidDeposit, "b3", 10_000_000), RefundReason.Withdrawal, 2),
        ];
        var entries = orders.SelectMany(FeeJournal.Entries).ToList();

        // Split over two shards and combined again, as the ledger query does.
        var totals = FeeJournal.Combine([FeeJournal.Summarize(entries.Take(4)), FeeJournal.Summarize(entries.Skip(4))]);
        var proof = FeeJournal.Prove(totals);

        Assert.Equal(10, totals.EntryCount);
        Assert.True(proof.Balanced);
        Assert.Equal(101_000L, proof.TreasuryBalanceFen);           // 3 × 50,000 + 1,000 − 50,000
        Assert.True(proof.TreasuryMatches);
        Assert.Equal(10_000_000L, proof.EscrowBalanceFen);          // 3 deposits in, 2 out
        Assert.True(proof.EscrowMatches);
        Assert.True(proof.InterestMatches);
        Assert.Equal(2_917L, totals.InterestFen);                   // only the contract-signed refund earns interest here
        var bank = totals.Accounts.Single(a => a.Account == FeeAccount.BankClearing);
        Assert.Equal(proof.TreasuryBalanceFen + proof.EscrowBalanceFen - totals.InterestFen, FeeAccounts.Balance(bank)); // the bank holds the rest
    }

    [Fact]
    public void A_tampered_total_is_caught_by_the_proof()
    {
        var totals = FeeJournal.Summarize(FeeJournal.Entries(Paid(FeePurpose.DocumentFee, "b1", 50_000)));
        totals.Accounts.Single(a => a.Account == FeeAccount.Treasury).CreditFen += 1;
        var proof = FeeJournal.Prove(totals);
        Assert.False(proof.Balanced);
        Assert.False(proof.TreasuryMatches);
    }

    [Fact]
    public void Reposting_an_entry_is_recognised_as_the_same_entry()
    {
        var order = Paid(FeePurpose.DocumentFee, "b1", 50_000);
        Assert.True(FeeJournal.Same(FeeJournal.Payment(order, order.Payment!), FeeJournal.Payment(order, order.Payment!)));
        var other = FeeJournal.Payment(order, order.Payment!);
        other.PrincipalFen = 1;
        Assert.False(FeeJournal.Same(FeeJournal.Payment(order, order.Payment!), other));
    }
}
