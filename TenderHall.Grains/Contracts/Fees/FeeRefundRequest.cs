namespace TenderHall.Grains.Contracts.Fees;

/// <summary>A request to refund a paid order.</summary>
[GenerateSerializer, Alias("th.FeeRefundRequest")]
public sealed class FeeRefundRequest
{
    /// <summary>Why.</summary>
    [Id(0)] public RefundReason Reason { get; set; }

    /// <summary>When the event happened; required for withdrawal and contract signing, whose 5-day limits run from it.</summary>
    [Id(1)] public DateTimeOffset? EventAt { get; set; }
}
