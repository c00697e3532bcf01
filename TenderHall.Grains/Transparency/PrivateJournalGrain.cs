using TenderHall.Grains.Contracts.Transparency;
using TenderHall.Grains.Storage.Schema;

namespace TenderHall.Grains.Transparency;

/// <summary>One subject's private journal, beside the public log (see <see cref="SecretEvents"/>).</summary>
[GrainType("th-private-journal")]
public sealed class PrivateJournalGrain(
    [PersistentState("private-journal", StorageNames.Default)] IPersistentState<PrivateJournalState> state) : Grain, IPrivateJournalGrain
{
    /// <inheritdoc />
    public async Task Keep(IReadOnlyList<PrivateLogEntry> entries)
    {
        var known = state.State.Entries.Select(e => e.Index).ToHashSet();
        var added = entries.Where(e => known.Add(e.Index)).ToList();
        if (added.Count == 0) return;
        state.State.Entries.AddRange(added);
        await state.WriteStateAsync();
    }

    /// <inheritdoc />
    public Task<IReadOnlyList<PrivateLogEntry>> Entries() => Task.FromResult<IReadOnlyList<PrivateLogEntry>>([.. state.State.Entries.OrderBy(e => e.Index)]);
}
