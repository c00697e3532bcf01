using TenderHall.Grains.Contracts.Licensing;
using TenderHall.Grains.Notifications;

namespace TenderHall.Grains.Licensing;

/// <summary>Stored state of <see cref="LicensingItemGrain"/> (System.Text.Json).</summary>
public sealed class LicensingItemState
{
    /// <summary>An item published before the directory was versioned; read as its version 1, in force from the start.</summary>
    public LicensingItem? Item { get; set; }

    /// <summary>The approved versions, oldest first; never rewritten.</summary>
    public List<ItemVersion> Versions { get; set; } = [];

    /// <summary>The latest proposal: open, or the last one approved or returned.</summary>
    public DirectoryProposal? Proposal { get; set; }

    /// <summary>The notices of the last step, stored with it and delivered once it is durable (again until the next step: delivery is idempotent).</summary>
    public List<PendingNotice> Outbox { get; set; } = [];
}
