namespace TenderHall.Grains.Contracts.Fees;

/// <summary>Totals of one ledger shard, or of several combined.</summary>
[GenerateSerializer, Alias("th.FeeLedgerTotals")]
public sealed class FeeLedgerTotals
{
    /// <summary>One row per account, in account order.</summary>
    [Id(0)] public List<AccountTotals> Accounts { get; set; } = [];

    /// <summary>Number of journal entries.</summary>
    [Id(1)] public int EntryCount { get; set; }

    /// <summary>Interest paid with refunded deposits, from the entries (not the lines).</summary>
    [Id(2)] public long InterestFen { get; set; }
}
