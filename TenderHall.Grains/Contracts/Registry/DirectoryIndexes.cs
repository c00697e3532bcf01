using TenderHall.Grains.Contracts.Registry;

namespace TenderHall.Grains.Contracts.Registry;

/// <summary>Reads a whole directory index, page by page (a page holds at most 1,000 ids).</summary>
public static class DirectoryIndexes
{
    /// <summary>Every id of the index <paramref name="key"/>, in its order.</summary>
    public static async Task<List<string>> AllIds(IGrainFactory grains, string key)
    {
        var index = grains.GetGrain<IDirectoryIndexGrain>(key);
        var ids = new List<string>();
        for (var skip = 0; ; skip += 1000)
        {
            var page = await index.List(skip, 1000);
            ids.AddRange(page.Ids);
            if (ids.Count >= page.Total || page.Ids.Count == 0) return ids;
        }
    }
}
