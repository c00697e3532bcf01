namespace TenderHall.Grains.Contracts.Licensing;

/// <summary>A department's proposal to add, change or withdraw an item, on its way through the centre to the provincial government.</summary>
[GenerateSerializer, Alias("th.DirectoryProposal")]
public sealed class DirectoryProposal
{
    /// <summary>The item's code.</summary>
    [Id(0)] public string ItemCode { get; set; } = "";

    /// <summary>The proposal's number for this item (1, 2, …).</summary>
    [Id(1)] public int Sequence { get; set; }

    /// <summary>Add, change or withdraw.</summary>
    [Id(2)] public DirectoryChange Change { get; set; }

    /// <summary>The item's text as proposed (for a withdrawal, the text withdrawn).</summary>
    [Id(3)] public LicensingItem Item { get; set; } = new();

    /// <summary>The day (Beijing) the department asks it to take effect.</summary>
    [Id(4)] public DateOnly EffectiveFrom { get; set; }

    /// <summary>Why the department proposes it.</summary>
    [Id(5)] public string Reason { get; set; } = "";

    /// <summary>Where it stands.</summary>
    [Id(6)] public ProposalStatus Status { get; set; }

    /// <summary>The department head who proposed it, and when.</summary>
    [Id(7)] public DirectoryStep Proposed { get; set; } = new();

    /// <summary>The centre's review, once made.</summary>
    [Id(8)] public DirectoryStep? Review { get; set; }

    /// <summary>The provincial government's decision, once made.</summary>
    [Id(9)] public DirectoryStep? Decision { get; set; }

    /// <summary>The approval document (批复文号) of an approved proposal.</summary>
    [Id(10)] public string? ApprovalDocument { get; set; }
}
