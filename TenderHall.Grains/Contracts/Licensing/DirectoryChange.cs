namespace TenderHall.Grains.Contracts.Licensing;

/// <summary>What a change of the dynamic directory (动态目录) does to an item.</summary>
public enum DirectoryChange
{
    /// <summary>A new item enters the directory.</summary>
    Add = 1,

    /// <summary>The item's text changes (a new version).</summary>
    Change = 2,

    /// <summary>The item leaves the directory; its versions stay readable.</summary>
    Withdraw = 3,
}
