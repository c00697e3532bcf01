using TenderHall.Grains.Contracts.Fees;

namespace TenderHall.Grains.Contracts.Fees;

/// <summary>Which account each fee goes to, and how accounts are named and balanced.</summary>
public static class FeeAccounts
{
    /// <summary>
    /// Document and licensing fees go to the treasury's non-tax revenue account (ALL 59); deposits are the bidders' money
    /// held in escrow and never reach the treasury.
    /// </summary>
    public static FeeAccount For(FeePurpose purpose) => purpose switch
    {
        FeePurpose.DocumentFee or FeePurpose.LicensingFee => FeeAccount.Treasury,
        FeePurpose.BidDeposit => FeeAccount.DepositEscrow,
        _ => throw new ArgumentOutOfRangeException(nameof(purpose), purpose, "Unknown fee purpose."),
    };

    /// <summary>The account's name on receipts.</summary>
    public static string NameZh(FeeAccount account) => account switch
    {
        FeeAccount.BankClearing => "银行待清算款项",
        FeeAccount.Treasury => "非税收入汇缴账户",
        FeeAccount.DepositEscrow => "投标保证金专户",
        FeeAccount.DepositInterest => "保证金利息支出",
        _ => account.ToString(),
    };

    /// <summary>The fee item name printed on receipts for tender fees.</summary>
    public static string FeeNameZh(FeePurpose purpose) => purpose switch
    {
        FeePurpose.DocumentFee => "招标文件工本费",
        FeePurpose.BidDeposit => "投标保证金",
        _ => "行政许可收费",
    };

    /// <summary>Whether the account's balance sits on the debit side (assets and expenses) rather than the credit side.</summary>
    public static bool IsDebitNormal(FeeAccount account) => account is FeeAccount.BankClearing or FeeAccount.DepositInterest;

    /// <summary>The balance on the account's normal side.</summary>
    public static long Balance(AccountTotals totals) =>
        IsDebitNormal(totals.Account) ? totals.DebitFen - totals.CreditFen : totals.CreditFen - totals.DebitFen;
}
