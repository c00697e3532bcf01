namespace TenderHall.Grains.Contracts.Fees;

/// <summary>One fee order: who pays what for which subject into which account, and what became of it.</summary>
[GenerateSerializer, Alias("th.FeeOrder")]
public sealed class FeeOrder
{
    /// <summary>The order id (<see cref="FeeOrderIds"/>), also the grain key.</summary>
    [Id(0)] public string Id { get; set; } = "";

    /// <summary>What the fee is for.</summary>
    [Id(1)] public FeePurpose Purpose { get; set; }

    /// <summary>The tender or licensing case paid for.</summary>
    [Id(2)] public string SubjectId { get; set; } = "";

    /// <summary>The paying organisation.</summary>
    [Id(3)] public string PayerId { get; set; } = "";

    /// <summary>Amount due in fen (分).</summary>
    [Id(4)] public long AmountFen { get; set; }

    /// <summary>Always CNY.</summary>
    [Id(5)] public string Currency { get; set; } = "CNY";

    /// <summary>The account the money goes to: the treasury, or the deposit escrow account for deposits.</summary>
    [Id(6)] public FeeAccount Account { get; set; }

    /// <summary>Licensing fees: the published licensing item.</summary>
    [Id(7)] public string? LicensingItemCode { get; set; }

    /// <summary>The fee item name printed on the receipt.</summary>
    [Id(8)] public string FeeName { get; set; } = "";

    /// <summary>Where the order stands.</summary>
    [Id(9)] public FeeOrderStatus Status { get; set; }

    /// <summary>When the order was opened.</summary>
    [Id(10)] public DateTimeOffset CreatedAt { get; set; }

    /// <summary>The confirmed payment, once paid.</summary>
    [Id(11)] public FeePayment? Payment { get; set; }

    /// <summary>The refund, once refunded.</summary>
    [Id(12)] public FeeRefund? Refund { get; set; }
}
