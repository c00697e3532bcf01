namespace TenderHall.Grains.Contracts.Licensing;

/// <summary>An approved version of an item: public, readable for good, in force from its effective date until the next one.</summary>
[GenerateSerializer, Alias("th.ItemVersion")]
public sealed class ItemVersion
{
    /// <summary>The version number (1, 2, …).</summary>
    [Id(0)] public int Number { get; set; }

    /// <summary>Add, change or withdraw.</summary>
    [Id(1)] public DirectoryChange Change { get; set; }

    /// <summary>The item's text in this version (a withdrawal keeps the text withdrawn).</summary>
    [Id(2)] public LicensingItem Item { get; set; } = new();

    /// <summary>The day (Beijing) it takes effect.</summary>
    [Id(3)] public DateOnly EffectiveFrom { get; set; }

    /// <summary>The provincial government's approval document (批复文号).</summary>
    [Id(4)] public string ApprovalDocument { get; set; } = "";

    /// <summary>When it was approved.</summary>
    [Id(5)] public DateTimeOffset ApprovedAt { get; set; }

    /// <summary>The department's reason for the change.</summary>
    [Id(6)] public string Reason { get; set; } = "";
}
