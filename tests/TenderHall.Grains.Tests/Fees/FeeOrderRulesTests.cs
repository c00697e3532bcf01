using TenderHall.Grains.Contracts.Fees;
using TenderHall.Grains.Contracts.Projects;
using TenderHall.Grains.Contracts.Rules;
using TenderHall.Grains.Deadlines;
using TenderHall.Grains.Fees;

namespace TenderHall.Grains.Tests.Fees;

public sealed class FeeOrderRulesTests
{
    private static readonly DateTimeOffset Opened = new(2026, 3, 10, 1, 0, 0, TimeSpan.Zero);
    private static readonly DateTimeOffset PaidAt = new(2026, 3, 10, 2, 0, 0, TimeSpan.Zero);
    private static readonly RefundDeadlines Deadlines = new(new DeadlineCalculator(ChinaCalendars.Load()), StatutoryPeriods.Default);

    internal static DateOnly? Engineering(RefundReason reason, DateTimeOffset at) => Deadlines.DueBy(LegalRegime.Engineering, reason, at);

    private static DateOnly? Procurement(RefundReason reason, DateTimeOffset at) => Deadlines.DueBy(LegalRegime.GovernmentProcurement, reason, at);

    private static FeeOrderRequest Request(FeePurpose purpose, long amount = 50_000) => new()
    {
        Purpose = purpose, SubjectId = "T-2026-001", PayerId = "bidder-07", AmountFen = amount,
        LicensingItemCode = purpose == FeePurpose.LicensingFee ? "LIC-001" : null,
        FeeName = purpose == FeePurpose.LicensingFee ? "证照工本费" : null,
    };

    private static FeeOrder Open(FeePurpose purpose, long amount = 50_000)
    {
        var request = Request(purpose, amount);
        return FeeOrderRules.Open(FeeOrderIds.For(purpose, request.SubjectId, request.PayerId), request, Opened);
    }

    private static BankCallback Callback(FeeOrder order, long? amount = null, string transaction = "TX-1") => new()
    {
        OrderId = order.Id, BankTransactionId = transaction, AmountFen = amount ?? order.AmountFen, Currency = "CNY", PaidAt = PaidAt, PayerAccount = "6222000011112222",
    };

    private static FeeOrder Paid(FeePurpose purpose, long amount = 50_000)
    {
        var order = Open(purpose, amount);
        order.Payment = FeeOrderRules.Payment(order, Callback(order), PaidAt);
        order.Status = FeeOrderStatus.Paid;
        return order;
    }

    private static string Code(Action action) => Assert.Throws<RuleViolationException>(action).Rule;

    [Theory]
    [InlineData(FeePurpose.DocumentFee, FeeAccount.Treasury, "招标文件工本费")]
    [InlineData(FeePurpose.LicensingFee, FeeAccount.Treasury, "证照工本费")]
    [InlineData(FeePurpose.BidDeposit, FeeAccount.DepositEscrow, "投标保证金")]
    public void Fees_go_to_the_treasury_and_deposits_to_escrow_never_the_treasury(FeePurpose purpose, FeeAccount account, string name)
    {
        var order = Open(purpose, 12_345);
        Assert.Equal((account, 12_345L, "CNY", name, FeeOrderStatus.AwaitingPayment), (order.Account, order.AmountFen, order.Currency, order.FeeName, order.Status));
    }

    [Fact]
    public void Only_the_published_standard_may_be_charged_under_ALL_59()
    {
        var request = Request(FeePurpose.DocumentFee, 50_000);
        FeeOrderRules.CheckStandard(request, 50_000);
        Assert.Equal("FEE-STANDARD", Code(() => FeeOrderRules.CheckStandard(request, 40_000)));
        Assert.Equal("FEE-NO-STANDARD", Code(() => FeeOrderRules.CheckStandard(request, null)));
    }

    [Fact]
    public void A_request_must_match_the_order_id_it_is_sent_to()
    {
        var request = Request(FeePurpose.DocumentFee);
        FeeOrderRules.Validate("doc:T-2026-001:bidder-07", request);
        Assert.Equal("FEE-ORDER-ID", Code(() => FeeOrderRules.Validate("doc:T-2026-001:bidder-08", request)));
        Assert.Equal("FEE-ORDER-ID", Code(() => FeeOrderRules.Validate("doc:T-2026-001:bidder-07", Request(FeePurpose.DocumentFee, 0))));
    }

    [Fact]
    public void A_retried_order_is_the_same_only_with_the_same_amount()
    {
        var order = Open(FeePurpose.BidDeposit, 100);
        Assert.True(FeeOrderRules.IsSame(order, Request(FeePurpose.BidDeposit, 100)));
        Assert.False(FeeOrderRules.IsSame(order, Request(FeePurpose.BidDeposit, 101)));
    }

    [Fact]
    public void A_repeated_callback_records_nothing_new_and_a_different_payment_is_refused()
    {
        var order = Paid(FeePurpose.DocumentFee);
        Assert.Null(FeeOrderRules.Payment(order, Callback(order), PaidAt.AddMinutes(5)));
        Assert.Equal("FEE-PAYMENT-CONFLICT", Code(() => FeeOrderRules.Payment(order, Callback(order, transaction: "TX-2"), PaidAt)));
    }

    [Fact]
    public void A_payment_of_another_amount_is_refused()
    {
        var order = Open(FeePurpose.DocumentFee, 50_000);
        Assert.Equal("FEE-AMOUNT", Code(() => FeeOrderRules.Payment(order, Callback(order, amount: 49_999), PaidAt)));
        Assert.Null(order.Payment);
    }

    [Theory]
    [InlineData(FeePurpose.DocumentFee, RefundReason.Withdrawal, false)]
    [InlineData(FeePurpose.DocumentFee, RefundReason.ContractSigned, false)]
    [InlineData(FeePurpose.DocumentFee, RefundReason.Terminated, true)]
    [InlineData(FeePurpose.BidDeposit, RefundReason.Withdrawal, true)]
    [InlineData(FeePurpose.BidDeposit, RefundReason.ContractSigned, true)]
    [InlineData(FeePurpose.BidDeposit, RefundReason.Terminated, true)]
    [InlineData(FeePurpose.LicensingFee, RefundReason.Terminated, false)]
    [InlineData(FeePurpose.LicensingFee, RefundReason.LicensingNotGranted, true)]
    [InlineData(FeePurpose.BidDeposit, RefundReason.LicensingNotGranted, false)]
    [InlineData(FeePurpose.DocumentFee, RefundReason.LicensingNotGranted, false)]
    public void Refunds_follow_BLR_31_35_and_57_and_licensing_fees_only_go_back_for_a_case_without_licence(FeePurpose purpose, RefundReason reason, bool allowed)
    {
        var order = Paid(purpose);
        var request = new FeeRefundRequest { Reason = reason, EventAt = PaidAt.AddDays(1) };
        if (allowed) Assert.NotNull(FeeOrderRules.Refund(order, request, PaidAt.AddDays(2), 35, Engineering));
        else Assert.Equal("FEE-REFUND-NOT-ALLOWED", Code(() => FeeOrderRules.Refund(order, request, PaidAt.AddDays(2), 35, Engineering)));
    }

    [Theory]
    [InlineData(RefundReason.Withdrawal, 0L)]        // BLR 35 names no interest
    [InlineData(RefundReason.ContractSigned, 2_917L)] // BLR 57: 10,000,000 fen × 0.35 % × 30/360 = 2,916.67 → 2,917
    [InlineData(RefundReason.Terminated, 2_917L)]     // BLR 31
    public void Deposits_are_refunded_in_full_with_interest_where_the_law_says_so(RefundReason reason, long interest)
    {
        var order = Paid(FeePurpose.BidDeposit, 10_000_000);
        var refund = FeeOrderRules.Refund(order, new FeeRefundRequest { Reason = reason, EventAt = PaidAt.AddDays(28) }, PaidAt.AddDays(30), 35, Engineering)!;
        Assert.Equal((10_000_000L, interest), (refund.PrincipalFen, refund.InterestFen));
    }

    [Fact]
    public void A_deposit_refund_is_due_five_days_after_the_event_and_late_ones_are_flagged()
    {
        var order = Paid(FeePurpose.BidDeposit);
        // Signed Wed 11 March 2026: day 5 is Mon 16 March, a working day.
        var signed = new DateTimeOffset(2026, 3, 11, 3, 0, 0, TimeSpan.Zero);
        var onTime = FeeOrderRules.Refund(order, new FeeRefundRequest { Reason = RefundReason.ContractSigned, EventAt = signed }, signed.AddDays(5), 35, Engineering)!;
        var late = FeeOrderRules.Refund(order, new FeeRefundRequest { Reason = RefundReason.ContractSigned, EventAt = signed }, signed.AddDays(6), 35, Engineering)!;
        Assert.Equal(new DateOnly(2026, 3, 16), onTime.DueBy);
        Assert.False(onTime.Overdue);
        Assert.True(late.Overdue);
        Assert.Equal("FEE-REFUND-EVENT", Code(() => FeeOrderRules.Refund(order, new FeeRefundRequest { Reason = RefundReason.Withdrawal }, signed, 35, Engineering)));
    }

    [Fact]
    public void A_refund_due_on_a_holiday_is_due_on_the_next_working_day_and_not_overdue_before_it()
    {
        // Withdrawn Mon 30 March 2026: day 5 is Sat 4 April, Qingming (4–6 April), so the refund is due by Tue 7 April (CC 203).
        var order = Paid(FeePurpose.BidDeposit);
        var withdrawn = new DateTimeOffset(2026, 3, 30, 2, 0, 0, TimeSpan.Zero);
        var request = new FeeRefundRequest { Reason = RefundReason.Withdrawal, EventAt = withdrawn };
        var onTheLastDay = FeeOrderRules.Refund(order, request, new DateTimeOffset(2026, 4, 7, 9, 0, 0, TimeSpan.Zero), 35, Engineering)!;
        Assert.Equal((new DateOnly(2026, 4, 7), false), (onTheLastDay.DueBy, onTheLastDay.Overdue));
        Assert.True(FeeOrderRules.Refund(order, request, new DateTimeOffset(2026, 4, 8, 1, 0, 0, TimeSpan.Zero), 35, Engineering)!.Overdue);
    }

    [Fact]
    public void A_procurement_deposit_is_refunded_within_five_working_days()
    {
        // GPR 38: signed Thu 2 April 2026; working days 3, 7, 8, 9, 10 April (Qingming 4–6 April).
        var order = Paid(FeePurpose.BidDeposit);
        var signed = new DateTimeOffset(2026, 4, 2, 2, 0, 0, TimeSpan.Zero);
        var refund = FeeOrderRules.Refund(order, new FeeRefundRequest { Reason = RefundReason.ContractSigned, EventAt = signed }, signed.AddDays(8), 35, Procurement)!;
        Assert.Equal((new DateOnly(2026, 4, 10), false), (refund.DueBy, refund.Overdue));
    }

    [Fact]
    public void Unpaid_orders_are_not_refunded_and_a_refund_is_made_once()
    {
        Assert.Equal("FEE-NOT-PAID", Code(() => FeeOrderRules.Refund(Open(FeePurpose.BidDeposit), new FeeRefundRequest { Reason = RefundReason.Terminated }, PaidAt, 35, Engineering)));
        var order = Paid(FeePurpose.BidDeposit);
        order.Refund = FeeOrderRules.Refund(order, new FeeRefundRequest { Reason = RefundReason.Terminated }, PaidAt.AddDays(3), 35, Engineering);
        Assert.Null(FeeOrderRules.Refund(order, new FeeRefundRequest { Reason = RefundReason.Terminated }, PaidAt.AddDays(4), 35, Engineering));
        Assert.Equal("FEE-REFUNDED", Code(() => FeeOrderRules.Refund(order, new FeeRefundRequest { Reason = RefundReason.Withdrawal, EventAt = PaidAt }, PaidAt.AddDays(4), 35, Engineering)));
    }

    [Fact]
    public void The_receipt_names_order_amount_payer_account_and_time()
    {
        var order = Paid(FeePurpose.DocumentFee);
        order.Payment!.ReceiptNumber = "SF-20260310-1-000001";
        var receipt = FeeReceipt.Of(order);
        Assert.Equal(("SF-20260310-1-000001", order.Id, "bidder-07", 50_000L, FeeAccount.Treasury, "非税收入汇缴账户", PaidAt),
            (receipt.Number, receipt.OrderId, receipt.PayerId, receipt.AmountFen, receipt.Account, receipt.AccountName, receipt.PaidAt));
        Assert.Equal("FEE-NOT-PAID", Code(() => FeeReceipt.Of(Open(FeePurpose.DocumentFee))));
    }
}
