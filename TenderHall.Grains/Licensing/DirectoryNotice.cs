using TenderHall.Grains.Contracts.Notifications;

namespace TenderHall.Grains.Licensing;

/// <summary>A notice of a directory step kept with the state that it reports until it is delivered.</summary>
public sealed class DirectoryNotice
{
    /// <summary>The inbox: an organisation id or a role's key (<see cref="NotificationKeys.Role"/>).</summary>
    public string Recipient { get; set; } = "";

    /// <summary>The notice; its id makes a repeated delivery harmless.</summary>
    public Notification Notification { get; set; } = new();
}
