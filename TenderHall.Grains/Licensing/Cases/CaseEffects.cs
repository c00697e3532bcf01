using TenderHall.Grains.Contracts.Notifications;
using TenderHall.Grains.Contracts.Supervision;

namespace TenderHall.Grains.Licensing.Cases;

/// <summary>What a case command asks the grain to do once the state is written: notify and alarm.</summary>
public sealed class CaseEffects
{
    /// <summary>Notifications and their recipient inboxes (organisation ids).</summary>
    public List<(string Recipient, Notification Notification)> Notifications { get; } = [];

    /// <summary>Supervision alarms to raise.</summary>
    public List<SupervisionAlarm> Alarms { get; } = [];

    /// <summary>Directory indexes to add the case to (index key, id): the officers' desks.</summary>
    public List<(string Index, string Id)> Indexes { get; } = [];

    /// <summary>Whether anything is to be delivered.</summary>
    public bool Any => Notifications.Count > 0 || Alarms.Count > 0 || Indexes.Count > 0;
}
