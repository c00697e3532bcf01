namespace TenderHall.Grains.Deadlines;

/// <summary>How a minimum period is read where practice differs; CC 201 fixes only that the event's day is not counted.</summary>
public enum CountingReading
{
    /// <summary>
    /// Default. The event's day is not counted (CC 201) and the later act may fall on the period's last day, at any time
    /// of it (CC 203: the last day's business closing is its end). Issued 1 March, 20 days: deadline on 21 March.
    /// </summary>
    LastDayReached,

    /// <summary>Strict: the last day must have passed in full, so the later act comes on the day after it (22 March).</summary>
    LastDayComplete,

    /// <summary>Lenient practice for windows published as whole days ("3月2日至3月6日" as five days): the first day counts.</summary>
    StartDayCounted,
}
