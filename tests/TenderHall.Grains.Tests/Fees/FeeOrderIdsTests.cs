using TenderHall.Grains.Contracts.Fees;

namespace TenderHall.Grains.Tests.Fees;

public sealed class FeeOrderIdsTests
{
    [Theory]
    [InlineData(FeePurpose.DocumentFee, "doc:T-2026-001:bidder-07")]
    [InlineData(FeePurpose.BidDeposit, "dep:T-2026-001:bidder-07")]
    [InlineData(FeePurpose.LicensingFee, "lic:T-2026-001:bidder-07")]
    public void Order_ids_are_deterministic_and_parse_back(FeePurpose purpose, string expected)
    {
        var id = FeeOrderIds.For(purpose, "T-2026-001", "bidder-07");
        Assert.Equal(expected, id);
        Assert.True(FeeOrderIds.TryParse(id, out var p, out var subject, out var payer));
        Assert.Equal((purpose, "T-2026-001", "bidder-07"), (p, subject, payer));
    }

    [Theory]
    [InlineData("x")]
    [InlineData("doc:T-1")]
    [InlineData("fee:T-1:b")]
    [InlineData("doc:T-1:b:c")]
    [InlineData("doc::b")]
    [InlineData("doc:T 1:b")]
    public void Anything_else_is_not_an_order_id(string text) => Assert.False(FeeOrderIds.TryParse(text, out _, out _, out _));

    [Fact]
    public void A_part_with_a_colon_cannot_forge_another_orders_id() =>
        Assert.Throws<ArgumentException>(() => FeeOrderIds.For(FeePurpose.DocumentFee, "T-1:bidder-01", "x"));
}
