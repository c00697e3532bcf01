namespace TenderHall.Grains.Contracts.Fees;

/// <summary>One fee order, keyed by <see cref="FeeOrderIds.For"/>.</summary>
public interface IFeeOrderGrain : IGrainWithStringKey
{
    /// <summary>Opens the order at the published standard; a retry with the same details returns it, different details are refused.</summary>
    Task<FeeOrder> Create(FeeOrderRequest request);

    /// <summary>The order, or null.</summary>
    [Orleans.Concurrency.ReadOnly]
    Task<FeeOrder?> Get();

    /// <summary>Marks the order paid from a callback the designated bank signed; the same callback again returns the same order.</summary>
    Task<FeeOrder> ConfirmPayment(BankCallback callback);

    /// <summary>Refunds a paid order if the law allows it for the reason (BLR 31, 35, 57); the same refund again returns the order.</summary>
    Task<FeeOrder> Refund(FeeRefundRequest request);
}
