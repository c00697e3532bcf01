using TenderHall.Grains.Contracts.Supervision;
using TenderHall.Grains.Contracts.Time;

namespace TenderHall.Grains.Contracts.Supervision;

/// <summary>Raises supervision alarms into the inbox of the day they happen (Beijing time).</summary>
public sealed class SupervisionAlarms(IGrainFactory grains, PlatformClock clock)
{
    private static readonly TimeSpan Beijing = TimeSpan.FromHours(8);

    /// <summary>The inbox key of the day containing <paramref name="instant"/>.</summary>
    public static string DayKey(DateTimeOffset instant) => instant.ToOffset(Beijing).ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);

    /// <summary>Raises an alarm now.</summary>
    public Task Raise(string id, AlarmSeverity severity, string code, string subject, string message)
    {
        var now = clock.UtcNow;
        return grains.GetGrain<ISupervisionAlarmsGrain>(DayKey(now)).Raise(new SupervisionAlarm
        {
            Id = id, Severity = severity, Code = code, Subject = subject, Message = message, RaisedAt = now,
        });
    }
}
