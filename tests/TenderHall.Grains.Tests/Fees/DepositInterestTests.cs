using System.Globalization;
using TenderHall.Grains.Fees;

namespace TenderHall.Grains.Tests.Fees;

public sealed class DepositInterestTests
{
    [Theory]
    [InlineData(1_000_000L, 35, 30, 292L)]     // 291.67 → 292
    [InlineData(1_000_000L, 35, 360, 3_500L)]  // a full interest year at 0.35 %
    [InlineData(1_000_000L, 35, 0, 0L)]
    [InlineData(1_000_000L, 0, 30, 0L)]
    [InlineData(180_000L, 10, 1, 0L)]          // exactly 0.5 → 0 (half to even)
    [InlineData(540_000L, 10, 1, 2L)]          // exactly 1.5 → 2
    [InlineData(900_000L, 10, 1, 2L)]          // exactly 2.5 → 2
    [InlineData(10_000_000L, 35, 45, 4_375L)]  // CNY 100,000 deposit, 45 days
    public void Interest_is_simple_on_a_360_day_year_with_bankers_rounding(long principal, int basisPoints, int days, long interest) =>
        Assert.Equal(interest, DepositInterest.Compute(principal, basisPoints, days));

    [Theory]
    [InlineData("2026-03-01T15:59:00Z", "2026-03-02T01:00:00Z", 1)]  // 23:59 and 09:00 China time: one day
    [InlineData("2026-03-01T16:00:00Z", "2026-03-02T01:00:00Z", 0)]  // both 2 March China time: the payment day is not counted
    [InlineData("2026-03-01T02:00:00Z", "2026-03-31T02:00:00Z", 30)]
    [InlineData("2026-03-02T02:00:00Z", "2026-03-01T02:00:00Z", 0)]
    public void Interest_days_count_China_calendar_days_after_payment(string paid, string refunded, int days) =>
        Assert.Equal(days, DepositInterest.Days(DateTimeOffset.Parse(paid, CultureInfo.InvariantCulture), DateTimeOffset.Parse(refunded, CultureInfo.InvariantCulture)));
}
