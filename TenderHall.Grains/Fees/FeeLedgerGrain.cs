using TenderHall.Grains.Contracts.Fees;
using TenderHall.Grains.Contracts.Rules;
using TenderHall.Grains.Storage.Schema;

namespace TenderHall.Grains.Fees;

/// <summary>
/// One shard of the fee journal (one China-time day, one bucket of order ids). Numbers are
/// <c>SF-{yyyyMMdd}-{bucket}-{sequence}</c> for receipts (收费) and <c>TF-…</c> for refund vouchers (退费): unique because
/// each shard numbers its own entries, gap-free within a shard because a number is only given with a stored entry.
/// </summary>
[GrainType("th-fee-ledger")]
public sealed class FeeLedgerGrain(
    [PersistentState("fee-ledger", StorageNames.Default)] IPersistentState<FeeLedgerState> state) : Grain, IFeeLedgerGrain
{
    /// <inheritdoc />
    public async Task<string> Post(JournalEntry entry)
    {
        if (state.State.Entries.FirstOrDefault(p => p.Entry.Id == entry.Id) is { } posted)
            return FeeJournal.Same(posted.Entry, entry) ? posted.VoucherNumber : throw RuleViolationException.Of("FEE-LEDGER-CONFLICT", ("entry", entry.Id));
        FeeJournal.CheckBalanced(entry);
        var key = this.GetPrimaryKeyString();
        if (FeeLedgerKeys.For(entry) != key) throw new InvalidOperationException($"Entry {entry.Id} belongs to shard {FeeLedgerKeys.For(entry)}, not {key}.");

        var prefix = entry.Kind == JournalEntryKind.Payment ? "SF" : "TF";
        var voucher = $"{prefix}-{key[..10].Replace("-", "", StringComparison.Ordinal)}-{key[11..]}-{state.State.Entries.Count + 1:D6}";
        state.State.Entries.Add(new PostedEntry { Entry = entry, VoucherNumber = voucher });
        try
        {
            await state.WriteStateAsync();
        }
        catch
        {
            await state.ReadStateAsync();
            throw;
        }

        return voucher;
    }

    /// <inheritdoc />
    public Task<FeeLedgerTotals> Totals() => Task.FromResult(FeeJournal.Summarize(state.State.Entries.Select(p => p.Entry)));
}
