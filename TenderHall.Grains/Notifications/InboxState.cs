using TenderHall.Grains.Contracts.Notifications;

namespace TenderHall.Grains.Notifications;

/// <summary>Stored state of <see cref="InboxGrain"/>.</summary>
public sealed class InboxState
{
    /// <summary>The notifications, in sequence order.</summary>
    public List<Notification> Items { get; set; } = [];
}
