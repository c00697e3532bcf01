namespace TenderHall.Grains.Contracts.Supervision;

/// <summary>The supervisors' inbox of alarms for one day (key: <c>yyyy-MM-dd</c> in Beijing time), so no single grain takes every alarm.</summary>
public interface ISupervisionAlarmsGrain : IGrainWithStringKey
{
    /// <summary>Records an alarm; an id already recorded is ignored.</summary>
    Task Raise(SupervisionAlarm alarm);

    /// <summary>
    /// A supervisor acknowledges alarm <paramref name="alarmId"/>, with an optional note; the first acknowledgement stays, a
    /// later one adds its note. Idempotent: the same supervisor sending the same note again changes nothing.
    /// </summary>
    Task<SupervisionAlarm> Acknowledge(string alarmId, Tendering.Actor actor, string? note);

    /// <summary>The day's alarms, oldest first.</summary>
    [Orleans.Concurrency.ReadOnly]
    Task<IReadOnlyList<SupervisionAlarm>> List();
}
