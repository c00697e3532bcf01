using TenderHall.Grains.Contracts.Supervision;

namespace TenderHall.Grains.Supervision;

/// <summary>Stored state of <see cref="SupervisionAlarmsGrain"/>.</summary>
public sealed class SupervisionAlarmsState
{
    /// <summary>The day's alarms in the order raised.</summary>
    public List<SupervisionAlarm> Alarms { get; set; } = [];
}
