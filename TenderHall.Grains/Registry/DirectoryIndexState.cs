namespace TenderHall.Grains.Registry;

/// <summary>Stored state of <see cref="DirectoryIndexGrain"/>.</summary>
public sealed class DirectoryIndexState
{
    /// <summary>The ids, kept sorted.</summary>
    public List<string> Ids { get; set; } = [];
}
