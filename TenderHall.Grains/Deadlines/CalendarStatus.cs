namespace TenderHall.Grains.Deadlines;

/// <summary>How far a year's holiday calendar can be trusted.</summary>
public enum CalendarStatus
{
    /// <summary>Transcribed from the State Council General Office notice for that year.</summary>
    Official,

    /// <summary>Derived before the notice was published; counted the same way, but shown to users.</summary>
    Provisional,
}
