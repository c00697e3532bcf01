using TenderHall.Grains.Contracts.Notifications;
using TenderHall.Grains.Contracts.Supervision;

namespace TenderHall.Grains.Tendering;

/// <summary>What a tender command asks the grain to do after the state is written: notify and alert.</summary>
public sealed class TenderEffects
{
    /// <summary>Notifications and their recipient organisations.</summary>
    public List<(IReadOnlyList<string> Recipients, Notification Notification)> Notifications { get; } = [];

    /// <summary>Whether the bid deadline passed in this command, so the opening session must start.</summary>
    public bool DeadlinePassed { get; set; }

    /// <summary>Supervision alarms to raise.</summary>
    public List<SupervisionAlarm> Alarms { get; } = [];
}
