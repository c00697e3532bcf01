namespace TenderHall.Grains.Contracts.Registry;

/// <summary>The ids of one kind of directory entry (key: the kind, e.g. <c>org:Agency</c> or <c>expert:all</c>).</summary>
public interface IDirectoryIndexGrain : IGrainWithStringKey
{
    /// <summary>Adds an id; adding it again changes nothing.</summary>
    Task Add(string id);

    /// <summary>Removes an id (an expert who left a specialty); removing an absent id changes nothing.</summary>
    Task Remove(string id);

    /// <summary>A page of ids in ascending order.</summary>
    [Orleans.Concurrency.ReadOnly]
    Task<IndexPage> List(int skip, int take);
}
