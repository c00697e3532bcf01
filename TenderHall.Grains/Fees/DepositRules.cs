using TenderHall.Grains.Contracts.Rules;

namespace TenderHall.Grains.Fees;

/// <summary>The bid deposit cap (BLR 26: at most 2 % of the estimated price).</summary>
public static class DepositRules
{
    /// <summary>The cap in percent.</summary>
    public const int CapPercent = 2;

    /// <summary>The largest deposit for an estimated price, in fen, rounded down so the cap is never exceeded.</summary>
    public static long MaxDeposit(long estimatedPriceFen)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(estimatedPriceFen);
        return estimatedPriceFen / 100 * CapPercent + estimatedPriceFen % 100 * CapPercent / 100;
    }

    /// <summary>Throws <c>FEE-DEPOSIT-CAP</c> when <paramref name="depositFen"/> exceeds the cap.</summary>
    public static void CheckCap(long depositFen, long estimatedPriceFen)
    {
        var max = MaxDeposit(estimatedPriceFen);
        if (depositFen > max) throw RuleViolationException.Of("FEE-DEPOSIT-CAP", ("deposit", depositFen), ("max", max));
    }
}
