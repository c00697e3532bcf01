namespace TenderHall.Grains.Contracts.Fees;

/// <summary>A double-entry journal entry of the fee ledger; its debits equal its credits.</summary>
[GenerateSerializer, Alias("th.JournalEntry")]
public sealed class JournalEntry
{
    /// <summary>Entry id, <c>{orderId}/payment</c> or <c>{orderId}/refund</c>; posting it twice posts it once.</summary>
    [Id(0)] public string Id { get; set; } = "";

    /// <summary>The order it belongs to.</summary>
    [Id(1)] public string OrderId { get; set; } = "";

    /// <summary>Payment or refund.</summary>
    [Id(2)] public JournalEntryKind Kind { get; set; }

    /// <summary>The account the fee belongs to (treasury or escrow).</summary>
    [Id(3)] public FeeAccount Account { get; set; }

    /// <summary>The fee amount moved (paid in, or returned).</summary>
    [Id(4)] public long PrincipalFen { get; set; }

    /// <summary>Interest paid with a refunded deposit.</summary>
    [Id(5)] public long InterestFen { get; set; }

    /// <summary>Accounting time: the bank's paid-at for payments, the refund time for refunds.</summary>
    [Id(6)] public DateTimeOffset PostedAt { get; set; }

    /// <summary>The debits and credits.</summary>
    [Id(7)] public List<JournalLine> Lines { get; set; } = [];
}
