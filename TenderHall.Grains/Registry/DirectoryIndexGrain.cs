using TenderHall.Grains.Contracts.Registry;
using TenderHall.Grains.Storage.Schema;

namespace TenderHall.Grains.Registry;

/// <summary>A sorted list of directory ids of one kind. Registration is rare, so one grain per kind suffices.</summary>
[GrainType("th-directory-index")]
public sealed class DirectoryIndexGrain(
    [PersistentState("directory-index", StorageNames.Default)] IPersistentState<DirectoryIndexState> state) : Grain, IDirectoryIndexGrain
{
    /// <inheritdoc />
    public async Task Add(string id)
    {
        var at = state.State.Ids.BinarySearch(id, StringComparer.Ordinal);
        if (at >= 0) return;
        state.State.Ids.Insert(~at, id);
        await state.WriteStateAsync();
    }

    /// <inheritdoc />
    public async Task Remove(string id)
    {
        var at = state.State.Ids.BinarySearch(id, StringComparer.Ordinal);
        if (at < 0) return;
        state.State.Ids.RemoveAt(at);
        await state.WriteStateAsync();
    }

    /// <inheritdoc />
    public Task<IndexPage> List(int skip, int take)
    {
        var ids = state.State.Ids;
        var page = ids.Skip(Math.Max(0, skip)).Take(Math.Clamp(take, 0, 1000)).ToList();
        return Task.FromResult(new IndexPage(page, ids.Count));
    }
}
