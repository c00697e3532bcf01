using TenderHall.Grains.Contracts.Fees;
using TenderHall.Grains.Contracts.Rules;

namespace TenderHall.Grains.Contracts.Fees;

/// <summary>Double-entry journal entries of fee orders, and the totals that prove the ledger balances.</summary>
public static class FeeJournal
{
    /// <summary>A payment: debit bank clearing, credit the order's account (treasury or escrow).</summary>
    public static JournalEntry Payment(FeeOrder order, FeePayment payment) => new()
    {
        Id = order.Id + "/payment",
        OrderId = order.Id,
        Kind = JournalEntryKind.Payment,
        Account = order.Account,
        PrincipalFen = payment.AmountFen,
        PostedAt = payment.PaidAt,
        Lines = [new(FeeAccount.BankClearing, payment.AmountFen, 0), new(order.Account, 0, payment.AmountFen)],
    };

    /// <summary>A refund reverses the payment; interest on a deposit is debited to deposit interest.</summary>
    public static JournalEntry Refund(FeeOrder order, FeeRefund refund)
    {
        List<JournalLine> lines = [new(order.Account, refund.PrincipalFen, 0)];
        if (refund.InterestFen > 0) lines.Add(new(FeeAccount.DepositInterest, refund.InterestFen, 0));
        lines.Add(new(FeeAccount.BankClearing, 0, refund.PrincipalFen + refund.InterestFen));
        return new()
        {
            Id = order.Id + "/refund",
            OrderId = order.Id,
            Kind = JournalEntryKind.Refund,
            Account = order.Account,
            PrincipalFen = refund.PrincipalFen,
            InterestFen = refund.InterestFen,
            PostedAt = refund.RefundedAt,
            Lines = lines,
        };
    }

    /// <summary>The entries of an order, in the order they happened.</summary>
    public static IEnumerable<JournalEntry> Entries(FeeOrder order)
    {
        if (order.Payment is { } payment) yield return Payment(order, payment);
        if (order.Refund is { } refund) yield return Refund(order, refund);
    }

    /// <summary>Throws unless the entry is balanced with non-negative lines.</summary>
    public static void CheckBalanced(JournalEntry entry)
    {
        if (entry.Lines.Count < 2 || entry.Lines.Any(l => l.DebitFen < 0 || l.CreditFen < 0)
            || entry.Lines.Sum(l => l.DebitFen) != entry.Lines.Sum(l => l.CreditFen))
            throw RuleViolationException.Of("FEE-LEDGER-CONFLICT", ("entry", entry.Id));
    }

    /// <summary>Whether two postings of one entry id say the same thing.</summary>
    public static bool Same(JournalEntry a, JournalEntry b) =>
        a.Id == b.Id && a.OrderId == b.OrderId && a.Kind == b.Kind && a.Account == b.Account && a.PrincipalFen == b.PrincipalFen
        && a.InterestFen == b.InterestFen && a.PostedAt == b.PostedAt && a.Lines.SequenceEqual(b.Lines);

    /// <summary>Totals of some entries: line sums per account, and collected and refunded principal from the entries themselves.</summary>
    public static FeeLedgerTotals Summarize(IEnumerable<JournalEntry> entries)
    {
        var rows = Enum.GetValues<FeeAccount>().ToDictionary(a => a, a => new AccountTotals { Account = a });
        var totals = new FeeLedgerTotals();
        foreach (var entry in entries)
        {
            totals.EntryCount++;
            totals.InterestFen += entry.InterestFen;
            foreach (var line in entry.Lines)
            {
                rows[line.Account].DebitFen += line.DebitFen;
                rows[line.Account].CreditFen += line.CreditFen;
            }

            if (entry.Kind == JournalEntryKind.Payment) rows[entry.Account].CollectedFen += entry.PrincipalFen;
            else rows[entry.Account].RefundedFen += entry.PrincipalFen;
        }

        totals.Accounts = [.. rows.Values.OrderBy(r => r.Account)];
        return totals;
    }

    /// <summary>The sum of several shards' totals.</summary>
    public static FeeLedgerTotals Combine(IEnumerable<FeeLedgerTotals> shards)
    {
        var rows = Enum.GetValues<FeeAccount>().ToDictionary(a => a, a => new AccountTotals { Account = a });
        var totals = new FeeLedgerTotals();
        foreach (var shard in shards)
        {
            totals.EntryCount += shard.EntryCount;
            totals.InterestFen += shard.InterestFen;
            foreach (var row in shard.Accounts)
            {
                var sum = rows[row.Account];
                sum.DebitFen += row.DebitFen;
                sum.CreditFen += row.CreditFen;
                sum.CollectedFen += row.CollectedFen;
                sum.RefundedFen += row.RefundedFen;
            }
        }

        totals.Accounts = [.. rows.Values.OrderBy(r => r.Account)];
        return totals;
    }

    /// <summary>
    /// The checks an auditor makes: debits equal credits; the treasury and the escrow each hold exactly what was
    /// collected minus what was refunded; the interest account holds exactly the interest paid.
    /// </summary>
    public static FeeLedgerProof Prove(FeeLedgerTotals totals)
    {
        long Balance(FeeAccount account) => FeeAccounts.Balance(totals.Accounts.Single(a => a.Account == account));
        AccountTotals Row(FeeAccount account) => totals.Accounts.Single(a => a.Account == account);
        var debits = totals.Accounts.Sum(a => a.DebitFen);
        var credits = totals.Accounts.Sum(a => a.CreditFen);
        var treasury = Row(FeeAccount.Treasury);
        var escrow = Row(FeeAccount.DepositEscrow);
        return new FeeLedgerProof(
            debits,
            credits,
            debits == credits,
            Balance(FeeAccount.Treasury),
            treasury.CollectedFen - treasury.RefundedFen,
            Balance(FeeAccount.Treasury) == treasury.CollectedFen - treasury.RefundedFen,
            Balance(FeeAccount.DepositEscrow),
            escrow.CollectedFen - escrow.RefundedFen,
            Balance(FeeAccount.DepositEscrow) == escrow.CollectedFen - escrow.RefundedFen,
            Balance(FeeAccount.DepositInterest) == totals.InterestFen);
    }
}
