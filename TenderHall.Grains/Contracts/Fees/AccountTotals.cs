namespace TenderHall.Grains.Contracts.Fees;

/// <summary>What one account was debited and credited, and the fees collected into and refunded out of it.</summary>
[GenerateSerializer, Alias("th.AccountTotals")]
public sealed class AccountTotals
{
    /// <summary>The account.</summary>
    [Id(0)] public FeeAccount Account { get; set; }

    /// <summary>Sum of debit lines, fen.</summary>
    [Id(1)] public long DebitFen { get; set; }

    /// <summary>Sum of credit lines, fen.</summary>
    [Id(2)] public long CreditFen { get; set; }

    /// <summary>Sum of the principal of payment entries that belong to this account, fen.</summary>
    [Id(3)] public long CollectedFen { get; set; }

    /// <summary>Sum of the principal of refund entries that belong to this account, fen.</summary>
    [Id(4)] public long RefundedFen { get; set; }
}
