namespace TenderHall.Grains.Storage.Schema;

/// <summary>Names of the Orleans storage and stream providers that grains refer to.</summary>
public static class StorageNames
{
    /// <summary>Grain storage provider for TenderHall grain state (<c>[PersistentState(..., StorageNames.Default)]</c>).</summary>
    public const string Default = "tenderhall";

    /// <summary>Stream provider grains publish their events on.</summary>
    public const string Streams = "tenderhall";
}
