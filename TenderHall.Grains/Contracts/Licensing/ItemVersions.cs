namespace TenderHall.Grains.Contracts.Licensing;

/// <summary>Every approved version of an item, oldest first, and which one is in force today.</summary>
[GenerateSerializer, Alias("th.ItemVersions")]
public sealed class ItemVersions
{
    /// <summary>The item's code.</summary>
    [Id(0)] public string ItemCode { get; set; } = "";

    /// <summary>The number of the version in force today (Beijing); null before the first takes effect or after a withdrawal.</summary>
    [Id(1)] public int? InForce { get; set; }

    /// <summary>The versions, oldest first.</summary>
    [Id(2)] public List<ItemVersion> Versions { get; set; } = [];
}
