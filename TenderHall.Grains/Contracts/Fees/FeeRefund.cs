namespace TenderHall.Grains.Contracts.Fees;

/// <summary>A refund of a paid order.</summary>
[GenerateSerializer, Alias("th.FeeRefund")]
public sealed class FeeRefund
{
    /// <summary>Why it was refunded.</summary>
    [Id(0)] public RefundReason Reason { get; set; }

    /// <summary>When the event happened (withdrawal notice received, contract signed, termination announced).</summary>
    [Id(1)] public DateTimeOffset? EventAt { get; set; }

    /// <summary>Last day (China time) the refund is due: 5 days after the event for BLR 35 and 57; null when the law says "promptly".</summary>
    [Id(2)] public DateOnly? DueBy { get; set; }

    /// <summary>When the refund was made.</summary>
    [Id(3)] public DateTimeOffset RefundedAt { get; set; }

    /// <summary>The amount paid, returned in full.</summary>
    [Id(4)] public long PrincipalFen { get; set; }

    /// <summary>Bank interest on a deposit from payment to refund (BLR 31, 57); 0 otherwise.</summary>
    [Id(5)] public long InterestFen { get; set; }

    /// <summary>The demand-deposit rate used, in basis points a year.</summary>
    [Id(6)] public int RateBasisPoints { get; set; }

    /// <summary>Days interest was paid for.</summary>
    [Id(7)] public int InterestDays { get; set; }

    /// <summary>Refund voucher number (退费凭证号), assigned by the ledger.</summary>
    [Id(8)] public string VoucherNumber { get; set; } = "";

    /// <summary>Whether the refund was made after <see cref="DueBy"/>; supervisors follow these up.</summary>
    [Id(9)] public bool Overdue { get; set; }
}
