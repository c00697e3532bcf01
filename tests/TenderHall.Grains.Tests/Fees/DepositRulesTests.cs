using TenderHall.Grains.Contracts.Rules;
using TenderHall.Grains.Fees;

namespace TenderHall.Grains.Tests.Fees;

public sealed class DepositRulesTests
{
    [Theory]
    [InlineData(0L, 0L)]
    [InlineData(100L, 2L)]
    [InlineData(149L, 2L)]                  // 2.98 fen, rounded down so the cap is never exceeded
    [InlineData(150L, 3L)]
    [InlineData(500_000_000L, 10_000_000L)] // CNY 5 M → CNY 100,000
    [InlineData(123_456_789L, 2_469_135L)]  // 2,469,135.78 → 2,469,135
    public void The_cap_is_two_percent_of_the_estimated_price_rounded_down(long price, long max) =>
        Assert.Equal(max, DepositRules.MaxDeposit(price));

    [Theory]
    [InlineData(10_000_000L, 500_000_000L, true)]
    [InlineData(10_000_001L, 500_000_000L, false)]
    [InlineData(2_469_135L, 123_456_789L, true)]
    [InlineData(2_469_136L, 123_456_789L, false)]
    [InlineData(1L, 0L, false)]
    public void Deposits_above_the_cap_are_refused_under_BLR_26(long deposit, long price, bool legal)
    {
        if (legal) DepositRules.CheckCap(deposit, price);
        else Assert.Equal("FEE-DEPOSIT-CAP", Assert.Throws<RuleViolationException>(() => DepositRules.CheckCap(deposit, price)).Rule);
    }
}
