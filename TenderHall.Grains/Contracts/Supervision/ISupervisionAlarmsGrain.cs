namespace TenderHall.Grains.Contracts.Supervision;

/// <summary>The supervisors' inbox of alarms for one day (key: <c>yyyy-MM-dd</c> in Beijing time), so no single grain takes every alarm.</summary>
public interface ISupervisionAlarmsGrain : IGrainWithStringKey
{
    /// <summary>Records an alarm; an id already recorded is ignored.</summary>
    Task Raise(SupervisionAlarm alarm);

    /// <summary>The day's alarms, oldest first.</summary>
    [Orleans.Concurrency.ReadOnly]
    Task<IReadOnlyList<SupervisionAlarm>> List();
}
