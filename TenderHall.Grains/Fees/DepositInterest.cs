using TenderHall.Grains.Contracts.Fees;

namespace TenderHall.Grains.Fees;

/// <summary>
/// Bank interest on a refunded deposit (BLR 31, 57: 银行同期存款利息). Simple interest at the demand-deposit rate, per
/// the PBoC convention of a 360-day year (日利率 = 年利率 / 360), for the calendar days from the China-time date of payment
/// to the date of refund, the day of payment not counted (CC 201). Computed in decimal, never floating point, and
/// rounded to whole fen with banker's rounding (half to even).
/// </summary>
public static class DepositInterest
{
    /// <summary>Days in the interest year.</summary>
    public const int DaysPerYear = 360;

    /// <summary>Interest days: China-time calendar days after the payment date up to and including the refund date.</summary>
    public static int Days(DateTimeOffset paidAt, DateTimeOffset refundedAt) =>
        Math.Max(0, FeeLedgerKeys.DateOf(refundedAt).DayNumber - FeeLedgerKeys.DateOf(paidAt).DayNumber);

    /// <summary>Interest in fen on <paramref name="principalFen"/> at <paramref name="rateBasisPoints"/> a year for <paramref name="days"/> days.</summary>
    public static long Compute(long principalFen, int rateBasisPoints, int days)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(principalFen);
        ArgumentOutOfRangeException.ThrowIfNegative(rateBasisPoints);
        ArgumentOutOfRangeException.ThrowIfNegative(days);
        var exact = (decimal)principalFen * rateBasisPoints * days / (10_000m * DaysPerYear);
        return (long)Math.Round(exact, 0, MidpointRounding.ToEven);
    }
}
