using TenderHall.Grains.Contracts.Notifications;

namespace TenderHall.Grains.Notifications;

/// <summary>
/// A notice kept in the state of the step that caused it (an outbox) until it is delivered: written with the step, sent once
/// the write succeeded, and sent again until a later write records it gone; its id makes a repeated delivery harmless.
/// </summary>
public sealed class PendingNotice
{
    /// <summary>The inbox: an organisation id or a role's key (<see cref="NotificationKeys.Role"/>).</summary>
    public string Recipient { get; set; } = "";

    /// <summary>The notice.</summary>
    public Notification Notification { get; set; } = new();

    /// <summary>Delivers <paramref name="notices"/> in order to their inboxes.</summary>
    public static async Task DeliverAll(IGrainFactory grains, IEnumerable<PendingNotice> notices)
    {
        foreach (var notice in notices) await grains.GetGrain<IInboxGrain>(notice.Recipient).Deliver(notice.Notification);
    }
}
