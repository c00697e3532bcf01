using TenderHall.Grains.Contracts.Tendering;
using TenderHall.Grains.Storage.Schema;

namespace TenderHall.Grains.Tendering;

/// <summary>
/// One month of the announcement list: a few hundred small entries, searched in memory, so listing never activates
/// every tender and the state each announcement rewrites stays small.
/// </summary>
[GrainType("th-announcement-month")]
public sealed class AnnouncementMonthGrain(
    [PersistentState("announcement-month", StorageNames.Default)] IPersistentState<AnnouncementMonthState> state) : Grain, IAnnouncementMonthGrain
{
    private static readonly IComparer<AnnouncementEntry> NewestFirst = Comparer<AnnouncementEntry>.Create((a, b) =>
        b.AnnouncedAt.CompareTo(a.AnnouncedAt) is var byTime and not 0 ? byTime : string.CompareOrdinal(a.TenderId, b.TenderId));

    /// <inheritdoc />
    public async Task Add(AnnouncementEntry entry)
    {
        var entries = state.State.Entries;
        if (entries.Contains(entry)) return;
        entries.RemoveAll(e => e.TenderId == entry.TenderId);
        var at = entries.BinarySearch(entry, NewestFirst);
        entries.Insert(at < 0 ? ~at : at, entry);
        await state.WriteStateAsync();
    }

    /// <inheritdoc />
    public Task<AnnouncementCount> Count(string? query) =>
        Task.FromResult(new AnnouncementCount(state.State.Entries.Count(e => e.Matches(query)), state.State.Entries.Count));

    /// <inheritdoc />
    public Task<IReadOnlyList<string>> Page(string? query, int skip, int take) =>
        Task.FromResult<IReadOnlyList<string>>([.. state.State.Entries.Where(e => e.Matches(query)).Skip(skip).Take(take).Select(e => e.TenderId)]);

    /// <inheritdoc />
    public Task<IReadOnlyList<string>> Ids() => Task.FromResult<IReadOnlyList<string>>([.. state.State.Entries.Select(e => e.TenderId)]);
}
