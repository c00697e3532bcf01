namespace TenderHall.Grains.Contracts.Fees;

/// <summary>One shard of the fee journal: one China-time day and one bucket of order ids (<see cref="FeeLedgerKeys"/>).</summary>
public interface IFeeLedgerGrain : IGrainWithStringKey
{
    /// <summary>Posts a balanced entry and returns its voucher number; the same entry again returns the same number.</summary>
    Task<string> Post(JournalEntry entry);

    /// <summary>The shard's totals.</summary>
    [Orleans.Concurrency.ReadOnly]
    Task<FeeLedgerTotals> Totals();
}
