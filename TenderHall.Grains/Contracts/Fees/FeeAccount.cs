namespace TenderHall.Grains.Contracts.Fees;

/// <summary>The accounts of the fee ledger.</summary>
public enum FeeAccount
{
    /// <summary>Money received at or paid out of the designated bank window, awaiting settlement (银行待清算).</summary>
    BankClearing = 1,

    /// <summary>The non-tax revenue remittance account of the treasury (非税收入汇缴账户).</summary>
    Treasury = 2,

    /// <summary>The centre's deposit escrow account (保证金专户).</summary>
    DepositEscrow = 3,

    /// <summary>Bank interest paid out with refunded deposits (保证金利息, BLR 31 and 57).</summary>
    DepositInterest = 4,
}
