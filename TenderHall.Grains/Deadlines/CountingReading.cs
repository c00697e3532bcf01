namespace TenderHall.Grains.Deadlines;

/// <summary>Whether the event's own day counts; CC 201 says it does not, and a centre may configure the lenient practice.</summary>
public enum CountingReading
{
    /// <summary>Default, CC 201: the event's day is not counted; the period starts the next day.</summary>
    EventDayNotCounted,

    /// <summary>Lenient practice for windows published as whole days ("3月2日至3月6日" as five days): the first day counts.</summary>
    StartDayCounted,
}
